using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Security;
using KnowledgeGraph.Server.Protocol;

namespace KnowledgeGraph.Server.Query;

/// <summary>
/// What one update request runs under: the store (all operations go through one <see cref="StoreHost.Write{T}"/>
/// so the request is atomic), the protocol's <c>using-graph-uri</c>/<c>using-named-graph-uri</c> dataset, the
/// timeout, and the URL policies for LOAD and SERVICE (null: turned off).
/// </summary>
public sealed record UpdateExecution(
    StoreHost Store,
    ProtocolDataset UsingDataset,
    TimeSpan Timeout,
    UrlPolicy? LoadPolicy,
    UrlPolicy? ServicePolicy,
    CancellationToken Cancel);

/// <summary>What an update did, for the response and the log.</summary>
public sealed record UpdateOutcome(int Operations, long Inserted, long Deleted);
