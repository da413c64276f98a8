using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Domain.Shacl.Constraints;

/// <summary><c>sh:not</c>: each value node does not conform to the shape.</summary>
public sealed record NotConstraint(Term ShapeId) : IConstraint
{
    public Iri Component { get; } = Sh.Component("Not");

    public void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        var negated = context.Shapes.GetShape(ShapeId);
        foreach (var value in values.Where(v => context.Conforms(v, negated)))
        {
            ValidationContext.Report(results, shape, focus, value, Component, $"Value conforms to the negated shape {ShapeLabel.Of(ShapeId)}");
        }
    }
}

/// <summary>What a list-valued logical constraint requires of the number of conforming member shapes.</summary>
public enum LogicalOperator
{
    And,
    Or,
    Xone,
}

/// <summary><c>sh:and</c>, <c>sh:or</c>, <c>sh:xone</c> over a list of shapes.</summary>
public sealed record ShapeListConstraint(LogicalOperator Operator, IReadOnlyList<Term> ShapeIds) : IConstraint
{
    public Iri Component { get; } = Sh.Component(Operator.ToString());

    public void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        var members = ShapeIds.Select(context.Shapes.GetShape).ToList();
        foreach (var value in values)
        {
            var conforming = Operator == LogicalOperator.Or
                ? (members.Any(m => context.Conforms(value, m)) ? 1 : 0)
                : members.Count(m => context.Conforms(value, m));
            var ok = Operator switch
            {
                LogicalOperator.And => conforming == members.Count,
                LogicalOperator.Or => conforming > 0,
                _ => conforming == 1,
            };
            if (!ok)
            {
                var what = Operator switch
                {
                    LogicalOperator.And => "all of the shapes",
                    LogicalOperator.Or => "any of the shapes",
                    _ => $"exactly one of the shapes (conforms to {conforming})",
                };
                var list = string.Join(", ", ShapeIds.Select(ShapeLabel.Of));
                ValidationContext.Report(results, shape, focus, value, Component, $"Value does not conform to {what} in sh:{Operator.ToString().ToLowerInvariant()} ({list})");
            }
        }
    }
}

/// <summary>How a default message names a shape: its IRI, or "[]" for an anonymous shape (blank labels are not stable).</summary>
internal static class ShapeLabel
{
    public static string Of(Term shape) => shape is BlankNode ? "[]" : shape.ToString();
}
