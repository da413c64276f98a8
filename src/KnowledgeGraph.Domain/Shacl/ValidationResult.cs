using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Domain.Shacl;

/// <summary>One <c>sh:ValidationResult</c>.</summary>
public sealed record ValidationResult(
    Term FocusNode,
    Shape SourceShape,
    Iri SourceConstraintComponent,
    Iri Severity,
    Term? Value,
    IReadOnlyList<Literal> Messages)
{
    /// <summary>The <c>sh:resultPath</c>: the property shape's path, or the offending predicate for <c>sh:closed</c>.</summary>
    public Term? ResultPathNode { get; init; } = SourceShape.PathNode;

    /// <summary>The path in SPARQL syntax when it is known as a parsed path (for the text form).</summary>
    public Paths.PropertyPath? ResultPath { get; init; } = SourceShape.Path;
}
