namespace KnowledgeGraph.Server.Options;

/// <summary>
/// <c>KnowledgeGraph:Store</c>: <c>Kind = embedded | remote</c>, and for a remote store its endpoints under
/// <c>KnowledgeGraph:Store:Remote</c>. The embedded store keeps its own settings (<c>StoreKind</c>, <c>StorePath</c>).
/// </summary>
public sealed class StoreOptions
{
    public StoreMode Kind { get; set; } = StoreMode.Embedded;

    public RemoteStoreOptions Remote { get; set; } = new();
}
