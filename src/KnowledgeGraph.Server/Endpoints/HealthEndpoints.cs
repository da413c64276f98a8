using KnowledgeGraph.Server.Diagnostics;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Server.Endpoints;

/// <summary><c>/health</c> (the store opens a snapshot) and <c>/metrics</c> (counters and latency percentiles, JSON).</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (StoreHost store, IOptions<ServerOptions> options) =>
        {
            var remote = options.Value.Store.Kind == StoreMode.Remote;
            var (snapshot, _) = store.OpenSnapshot();
            using (snapshot)
            {
                return Results.Json(new
                {
                    status = "ok",
                    store = remote ? "remote" : options.Value.StoreKind.ToString().ToLowerInvariant(),
                    version = store.Version,
                    // On a remote store the local snapshot is an empty placeholder; counting the remote's quads would be a
                    // full scan there on every health probe, so the count is left out (null) rather than reported as 0.
                    quads = remote ? (long?)null : snapshot.Statistics.QuadCount,
                    readOnly = options.Value.ReadOnly,
                    writesEnabled = !options.Value.ReadOnly && !string.IsNullOrEmpty(options.Value.UpdateToken),
                });
            }
        });
        app.MapGet("/metrics", (ServerMetrics metrics) => Results.Json(metrics.Snapshot()));
        return app;
    }
}
