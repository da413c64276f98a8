using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Domain.Shacl.Constraints;

/// <summary>One constraint component instance of a shape (e.g. <c>sh:minCount 1</c>).</summary>
public interface IConstraint
{
    /// <summary>The component IRI written as <c>sh:sourceConstraintComponent</c>.</summary>
    Iri Component { get; }

    /// <summary>Checks the value nodes of <paramref name="focus"/> and adds a result per failure.</summary>
    void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyList<Term> values, List<ValidationResult> results);
}
