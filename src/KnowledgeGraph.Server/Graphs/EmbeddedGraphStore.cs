using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Maintenance;

namespace KnowledgeGraph.Server.Graphs;

/// <summary>The Graph Store on our own store: snapshots to read, one write transaction per request.</summary>
public sealed class EmbeddedGraphStore(StoreHost store) : IGraphStore
{
    public IGraphStoreView OpenView()
    {
        var (snapshot, version) = store.OpenSnapshot();
        return new View(snapshot, version);
    }

    public (bool Existed, long Quads) Write(Term graph, IReadOnlyList<RdfBody> bodies, string baseIri, bool replace, CancellationToken cancel) =>
        GraphStoreOperations.Write(store, graph, bodies, baseIri, replace, cancel);

    public bool Drop(Term graph, CancellationToken cancel) => GraphStoreOperations.Drop(store, graph);

    private sealed class View(IStoreSnapshot snapshot, long? version) : IGraphStoreView
    {
        public long? Version => version;

        public bool Exists(Term graph) => GraphStoreOperations.GraphExists(snapshot, graph);

        public void Export(IQuadWriter output, Term? graph, CancellationToken cancel) => StoreExporter.Export(snapshot, output, graph);

        public void Dispose() => snapshot.Dispose();
    }
}
