using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Domain.Shacl.Constraints;

/// <summary>
/// <c>sh:closed true</c> (node shapes): every predicate of the focus node is the path of one of the
/// shape's property shapes (a plain predicate) or in <c>sh:ignoredProperties</c>.
/// </summary>
public sealed record ClosedConstraint(IReadOnlySet<Iri> Allowed) : IConstraint
{
    public Iri Component { get; } = Sh.Component("Closed");

    public void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        foreach (var value in values)
        {
            foreach (var (predicate, obj) in context.Data.Outgoing(value))
            {
                if (!Allowed.Contains(predicate))
                {
                    var messages = shape.Messages.Count > 0 ? shape.Messages : [new Literal($"Predicate {predicate} is not allowed (closed shape)")];
                    results.Add(new ValidationResult(value, shape, Component, shape.Severity, obj, messages)
                    {
                        ResultPathNode = predicate,
                        ResultPath = new Paths.PredicatePath(predicate),
                    });
                }
            }
        }
    }
}

/// <summary><c>sh:hasValue</c>: the value is among the value nodes.</summary>
public sealed record HasValueConstraint(Term Expected) : IConstraint
{
    public Iri Component { get; } = Sh.Component("HasValue");

    public void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        if (!values.Contains(Expected))
        {
            ValidationContext.Report(results, shape, focus, null, Component, $"Missing expected value {Expected}");
        }
    }
}

/// <summary><c>sh:in</c>: each value node is one of the listed terms.</summary>
public sealed record InConstraint(IReadOnlyList<Term> Allowed) : IConstraint
{
    public Iri Component { get; } = Sh.Component("In");

    public void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        foreach (var value in values.Where(v => !Allowed.Contains(v)))
        {
            ValidationContext.Report(results, shape, focus, value, Component, $"Value is not in ({string.Join(" ", Allowed)})");
        }
    }
}
