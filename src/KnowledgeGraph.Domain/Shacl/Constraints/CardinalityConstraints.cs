using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Domain.Shacl.Constraints;

/// <summary><c>sh:minCount</c> (property shapes): at least N value nodes.</summary>
public sealed record MinCountConstraint(int Min) : IConstraint
{
    public Iri Component { get; } = Sh.Component("MinCount");

    public void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        if (values.Count < Min)
        {
            ValidationContext.Report(results, shape, focus, null, Component, $"Less than {Min} values (found {values.Count})");
        }
    }
}

/// <summary><c>sh:maxCount</c> (property shapes): at most N value nodes.</summary>
public sealed record MaxCountConstraint(int Max) : IConstraint
{
    public Iri Component { get; } = Sh.Component("MaxCount");

    public void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results)
    {
        if (values.Count > Max)
        {
            ValidationContext.Report(results, shape, focus, null, Component, $"More than {Max} values (found {values.Count})");
        }
    }
}
