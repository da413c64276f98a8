namespace KnowledgeGraph.Conformance.Tests.SparqlSyntax;

/// <summary>
/// One syntax entry of a SPARQL manifest: <see cref="Id"/> (<c>suite#name</c>) names the xunit case and the
/// skip-list line; <see cref="IsUpdate"/> picks the update grammar; <see cref="Positive"/> says whether it must parse.
/// </summary>
public sealed record SparqlSyntaxEntry(string Suite, string Name, string TypeName, bool Positive, bool IsUpdate, string ActionPath, string ActionIri)
{
    public string Id => Suite + "#" + Name;
}
