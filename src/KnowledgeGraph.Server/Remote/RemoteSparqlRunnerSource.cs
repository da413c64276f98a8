using KnowledgeGraph.Remote;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Options;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Server.Remote;

/// <summary>GraphQL's SPARQL goes to the remote store; the version comes from <see cref="StoreHost"/> (our writes, the TTL, the version triple).</summary>
public sealed class RemoteSparqlRunnerSource(RemoteSparqlClient client, StoreHost store, IOptions<ServerOptions> options) : ISparqlRunnerSource
{
    public SparqlRunnerLease Open()
    {
        var (snapshot, version) = store.OpenSnapshot();
        snapshot.Dispose();
        return new SparqlRunnerLease(new RemoteSparqlRunner(client, options.Value.QueryTimeout), version ?? store.Version);
    }
}
