using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.Graphs;

/// <summary>
/// What the Graph Store Protocol endpoint (<c>/store</c>) needs from the store: a read view, replace/merge a graph,
/// drop a graph. <see cref="EmbeddedGraphStore"/> works on our store's snapshots and write transactions;
/// <c>Remote.RemoteGraphStore</c> forwards to the remote store's own Graph Store endpoint.
/// </summary>
public interface IGraphStore
{
    IGraphStoreView OpenView();

    /// <summary>
    /// Reads every body into <paramref name="graph"/> (emptying it first when <paramref name="replace"/>), atomically.
    /// Returns whether the graph existed and how many triples were read. Throws <see cref="RdfParseException"/>
    /// (nothing written) for a malformed body.
    /// </summary>
    (bool Existed, long Quads) Write(Term graph, IReadOnlyList<RdfBody> bodies, string baseIri, bool replace, CancellationToken cancel);

    /// <summary>Deletes a graph; false when there was no such graph.</summary>
    bool Drop(Term graph, CancellationToken cancel);
}

/// <summary>One consistent read of the store for a Graph Store GET or HEAD.</summary>
public interface IGraphStoreView : IDisposable
{
    /// <summary>The dataset version this view shows, or null when a commit raced it (then no ETag is given).</summary>
    long? Version { get; }

    bool Exists(Term graph);

    /// <summary>Writes one graph's triples (as default-graph quads), or every quad when <paramref name="graph"/> is null, then finishes the writer.</summary>
    void Export(IQuadWriter output, Term? graph, CancellationToken cancel);
}
