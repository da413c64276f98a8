using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.Server.Options;
using KnowledgeGraph.Store.Sparql;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Server.Hosting;

/// <summary>GraphQL's SPARQL runs on our engine over one snapshot of the embedded store (union default graph).</summary>
public sealed class EmbeddedSparqlRunnerSource(StoreHost store, IOptions<ServerOptions> options) : ISparqlRunnerSource
{
    public SparqlRunnerLease Open()
    {
        var (snapshot, version) = store.OpenSnapshot();
        return new SparqlRunnerLease(new EngineSparqlRunner(new StoreQuadSource(snapshot), options.Value.QueryTimeout), version ?? store.Version, snapshot);
    }
}
