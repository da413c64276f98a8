using KnowledgeGraph.Server.Caching;
using KnowledgeGraph.Server.Diagnostics;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Options;
using KnowledgeGraph.Server.Query;
using KnowledgeGraph.Server.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Server.Endpoints;

/// <summary>The services the SPARQL endpoint uses, gathered so handlers take one parameter.</summary>
public sealed class SparqlServices(
    StoreHost store,
    ISparqlProcessor processor,
    ResultCache cache,
    ServerMetrics metrics,
    IOptions<ServerOptions> options,
    ILoggerFactory logs)
{
    public StoreHost Store { get; } = store;

    public ISparqlProcessor Processor { get; } = processor;

    public ResultCache Cache { get; } = cache;

    public ServerMetrics Metrics { get; } = metrics;

    public ServerOptions Options { get; } = options.Value;

    public ILoggerFactory Logs { get; } = logs;

    public UrlPolicy ServicePolicy { get; } = new(options.Value.ServiceAllowList, allowInternalAddresses: options.Value.ServiceAllowPrivateNetworks);

    public UrlPolicy LoadPolicy { get; } = new(options.Value.LoadAllowList);
}
