namespace KnowledgeGraph.Conformance.Tests.SparqlEval;

/// <summary>
/// One query evaluation entry: the query file, the default-graph data files, the named-graph data files
/// (named by their file IRI) and the expected result file. <see cref="Id"/> is <c>suite#folder/name</c>.
/// </summary>
public sealed record SparqlEvalEntry(
    string Suite,
    string Name,
    string TypeName,
    string QueryPath,
    string QueryIri,
    IReadOnlyList<string> DataPaths,
    IReadOnlyList<(string Path, string Iri)> GraphData,
    string? ResultPath,
    string? Approval)
{
    public string Id => Suite + "#" + Name;
}
