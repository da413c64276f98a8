using KnowledgeGraph.Server.Security;
using KnowledgeGraph.Server.Protocol;
using KnowledgeGraph.Store;

namespace KnowledgeGraph.Server.Query;

/// <summary>
/// What one query evaluation runs against and under: the snapshot, the protocol's dataset
/// (<c>default-graph-uri</c>/<c>named-graph-uri</c>, which override FROM), the limits, and the SERVICE policy
/// (null: SERVICE is off and must fail).
/// </summary>
public sealed record QueryExecution(
    IStoreSnapshot Snapshot,
    ProtocolDataset Dataset,
    TimeSpan Timeout,
    UrlPolicy? ServicePolicy,
    CancellationToken Cancel);
