using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Protocol;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Encoding;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Graphs;

/// <summary>
/// The Graph Store writes on a store: replace, merge into and drop a graph. A write parses the body while it
/// reads it and inserts into one write transaction, so a parse error anywhere rolls back everything.
/// </summary>
public static class GraphStoreOperations
{
    public static bool GraphExists(IStoreSnapshot snapshot, Term graph)
    {
        if (graph is DefaultGraph)
        {
            return true;
        }

        return snapshot.TryGetId(graph, out var id) && snapshot.GraphExists(id);
    }

    /// <summary>Counts the quads in a graph (or the whole store).</summary>
    public static long Count(IStoreSnapshot snapshot, Term? graph)
    {
        if (graph is null)
        {
            return snapshot.Match(QuadPattern.Any).LongCount();
        }

        return snapshot.TryGetId(graph, out var id) ? snapshot.Match(new QuadPattern(Graph: id)).LongCount() : 0;
    }

    /// <summary>
    /// Reads RDF from <paramref name="body"/> into <paramref name="graph"/>, first emptying it when
    /// <paramref name="replace"/>. Returns whether the graph existed before and the quads read.
    /// Throws <see cref="RdfParseException"/> (nothing written) for a malformed body.
    /// </summary>
    public static (bool Existed, long Quads) Write(StoreHost store, Term graph, RdfFormat format, Stream body, string baseIri, bool replace, CancellationToken cancel) =>
        Write(store, graph, [new RdfBody(format, body)], baseIri, replace, cancel);

    /// <summary>As above, for several bodies (the parts of a multipart/form-data POST), all in one transaction.</summary>
    public static (bool Existed, long Quads) Write(StoreHost store, Term graph, IReadOnlyList<RdfBody> bodies, string baseIri, bool replace, CancellationToken cancel)
    {
        return store.Write(txn =>
        {
            bool existed;
            // The write lock is held, so this snapshot shows exactly the state the transaction builds on.
            var (snapshot, _) = store.OpenSnapshot();
            using (snapshot)
            {
                existed = GraphExists(snapshot, graph);
                if (replace && snapshot.TryGetId(graph, out var graphId))
                {
                    foreach (var quad in snapshot.Match(new QuadPattern(Graph: graphId)))
                    {
                        txn.Delete(quad);
                    }
                }
            }

            var targetId = txn.GetOrAddId(graph);
            if (!graph.IsDefaultGraph)
            {
                // PUT or POST makes the graph exist even when the body has no triples.
                txn.CreateGraph(targetId);
            }
            long n = 0;
            foreach (var body in bodies)
            {
                using var text = new StreamReader(body.Content, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, 1 << 16);
                using var reader = RdfReaders.Create(body.Format, text, new RdfReaderOptions { BaseIri = baseIri });
                foreach (var quad in reader.ReadQuads())
                {
                    if (!quad.InDefaultGraph)
                    {
                        throw new ProtocolError(StatusCodes.Status400BadRequest,
                            $"The body puts a triple in the named graph {quad.Graph}; a Graph Store write to one graph takes triples only.");
                    }

                    txn.Insert(new EncodedQuad(txn.GetOrAddId(quad.Subject), txn.GetOrAddId(quad.Predicate), txn.GetOrAddId(quad.Obj), targetId));
                    if ((++n & 0xFFF) == 0)
                    {
                        cancel.ThrowIfCancellationRequested();
                    }
                }
            }

            return (existed, n);
        }, cancel);
    }

    /// <summary>Deletes every quad of a graph and forgets it; false when the graph did not exist.</summary>
    public static bool Drop(StoreHost store, Term graph)
    {
        return store.Write(txn =>
        {
            var (snapshot, _) = store.OpenSnapshot();
            using (snapshot)
            {
                if (!snapshot.TryGetId(graph, out var graphId))
                {
                    return false;
                }

                var existed = snapshot.GraphExists(graphId);
                foreach (var quad in snapshot.Match(new QuadPattern(Graph: graphId)))
                {
                    txn.Delete(quad);
                }

                if (!graphId.IsDefaultGraph)
                {
                    txn.DropGraph(graphId);
                }

                return existed;
            }
        });
    }
}

/// <summary>One RDF body to read: its format and its bytes.</summary>
public sealed record RdfBody(RdfFormat Format, Stream Content);
