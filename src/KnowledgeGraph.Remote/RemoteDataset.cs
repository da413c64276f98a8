namespace KnowledgeGraph.Remote;

/// <summary>
/// The protocol's dataset for one request: <c>default-graph-uri</c> and <c>named-graph-uri</c> for a query,
/// <c>using-graph-uri</c> and <c>using-named-graph-uri</c> for an update. Empty lists leave the query's own dataset.
/// </summary>
public sealed record RemoteDataset(IReadOnlyList<string> DefaultGraphs, IReadOnlyList<string> NamedGraphs)
{
    public static RemoteDataset Unspecified { get; } = new([], []);

    public bool IsUnspecified => DefaultGraphs.Count == 0 && NamedGraphs.Count == 0;
}
