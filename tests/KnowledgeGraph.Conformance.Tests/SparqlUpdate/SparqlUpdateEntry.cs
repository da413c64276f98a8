namespace KnowledgeGraph.Conformance.Tests.SparqlUpdate;

/// <summary>
/// One mf:UpdateEvaluationTest: the request file, the graph store before (ut:data files into the default graph,
/// ut:graphData files into graphs named by their rdfs:label) and the graph store expected after.
/// <see cref="Id"/> is <c>suite#folder/name</c>.
/// </summary>
public sealed record SparqlUpdateEntry(
    string Suite,
    string Name,
    string RequestPath,
    string RequestIri,
    IReadOnlyList<string> DataBefore,
    IReadOnlyList<(string Path, string Graph)> GraphDataBefore,
    IReadOnlyList<string> DataAfter,
    IReadOnlyList<(string Path, string Graph)> GraphDataAfter)
{
    public string Id => Suite + "#" + Name;
}
