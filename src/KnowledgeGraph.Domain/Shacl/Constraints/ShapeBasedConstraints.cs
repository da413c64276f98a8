using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Domain.Shacl.Constraints;

/// <summary><c>sh:node</c>: each value node conforms to the node shape.</summary>
public sealed record NodeConstraint(Term ShapeId) : IConstraint
{
    public Iri Component { get; } = Sh.Component("Node");

    public void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        var target = context.Shapes.GetShape(ShapeId);
        foreach (var value in values.Where(v => !context.Conforms(v, target)))
        {
            ValidationContext.Report(results, shape, focus, value, Component, $"Value does not conform to shape {ShapeLabel.Of(ShapeId)}");
        }
    }
}

/// <summary><c>sh:property</c>: each value node is validated against the property shape; its results are reported as they are.</summary>
public sealed record PropertyConstraint(Term ShapeId) : IConstraint
{
    public Iri Component { get; } = Sh.Component("Property");

    public void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        var property = context.Shapes.GetShape(ShapeId);
        foreach (var value in values)
        {
            context.Evaluate(property, value, results);
        }
    }
}

/// <summary>
/// <c>sh:qualifiedValueShape</c> with <c>sh:qualifiedMinCount</c> / <c>sh:qualifiedMaxCount</c>; with
/// <c>sh:qualifiedValueShapesDisjoint true</c>, values that also conform to a sibling shape do not count.
/// </summary>
public sealed record QualifiedValueShapeConstraint(Term ShapeId, int? Min, int? Max, IReadOnlyList<Term> SiblingShapeIds) : IConstraint
{
    public Iri Component { get; } = Sh.Component(Min is not null ? "QualifiedMinCount" : "QualifiedMaxCount");

    public void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        var qualified = context.Shapes.GetShape(ShapeId);
        var siblings = SiblingShapeIds.Select(context.Shapes.GetShape).ToList();
        var count = values.Count(v => context.Conforms(v, qualified) && !siblings.Any(s => context.Conforms(v, s)));
        if (Min is { } min && count < min)
        {
            ValidationContext.Report(results, shape, focus, null, Sh.Component("QualifiedMinCount"), $"Less than {min} values conform to {ShapeLabel.Of(ShapeId)} (found {count})");
        }

        if (Max is { } max && count > max)
        {
            ValidationContext.Report(results, shape, focus, null, Sh.Component("QualifiedMaxCount"), $"More than {max} values conform to {ShapeLabel.Of(ShapeId)} (found {count})");
        }
    }
}
