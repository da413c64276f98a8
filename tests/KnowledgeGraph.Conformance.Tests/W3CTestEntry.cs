using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Conformance.Tests;

/// <summary>
/// One entry of a suite manifest. <see cref="Id"/> (<c>suite#name</c>) names the xunit case and the
/// skip-list line; <see cref="ActionIri"/> is the base IRI the W3C assumes for the input.
/// </summary>
public sealed record W3CTestEntry(
    string Suite,
    string Name,
    string TypeName,
    W3CTestKind Kind,
    RdfFormat Format,
    string ActionPath,
    string ActionIri,
    string? ResultPath)
{
    public string Id => Suite + "#" + Name;
}
