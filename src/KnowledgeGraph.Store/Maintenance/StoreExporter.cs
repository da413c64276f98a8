using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store.Maintenance;

/// <summary>Writes a store's quads (all of them, or one graph's as triples of the default graph) to an RDF writer.</summary>
public static class StoreExporter
{
    /// <returns>How many quads were written.</returns>
    public static long Export(IStoreSnapshot snapshot, IQuadWriter writer, Term? graph = null)
    {
        var pattern = QuadPattern.Any;
        if (graph is not null)
        {
            if (!snapshot.TryGetId(graph, out var graphId))
            {
                writer.Finish();
                return 0;
            }

            pattern = new QuadPattern(Graph: graphId);
        }

        long n = 0;
        foreach (var q in snapshot.Match(pattern))
        {
            var quad = new Quad(snapshot.Decode(q.Subject), (Iri)snapshot.Decode(q.Predicate), snapshot.Decode(q.Obj), graph is null ? snapshot.Decode(q.Graph) : DefaultGraph.Instance);
            writer.Write(quad);
            n++;
        }

        writer.Finish();
        return n;
    }
}
