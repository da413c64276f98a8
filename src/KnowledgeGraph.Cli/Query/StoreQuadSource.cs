using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Cli.Query;

/// <summary>
/// The SPARQL engine's read seam over one store snapshot: patterns are encoded to ids (a term the store has
/// never seen matches nothing), matches decoded back to terms. Term level only for now: the engine's id fast
/// path (<see cref="IQuadSource.Ids"/>) is not wired to the store's ids yet. The snapshot belongs to the caller.
/// </summary>
public sealed class StoreQuadSource : IQuadSource
{
    private readonly IStoreSnapshot _snapshot;

    public StoreQuadSource(IStoreSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _snapshot = snapshot;
    }

    public IEnumerable<Quad> Match(Term? subject, Iri? predicate, Term? obj, Term? graph)
    {
        if (!TryEncode(subject, predicate, obj, graph, out var pattern))
        {
            return [];
        }

        return Decode(_snapshot.Match(pattern));
    }

    public IEnumerable<Term> NamedGraphs() =>
        _snapshot.Statistics.PerGraph
            .Where(g => !g.Key.IsDefaultGraph && g.Value > 0)
            .Select(g => _snapshot.Decode(g.Key));

    public long EstimateCardinality(Term? subject, Iri? predicate, Term? obj, Term? graph) =>
        TryEncode(subject, predicate, obj, graph, out var pattern) ? _snapshot.Estimate(pattern).Count : 0;

    private IEnumerable<Quad> Decode(IEnumerable<EncodedQuad> quads)
    {
        foreach (var q in quads)
        {
            var predicate = _snapshot.Decode(q.Predicate) as Iri
                ?? throw new InvalidDataException($"the store holds a quad whose predicate (id {q.Predicate}) is not an IRI");
            yield return new Quad(
                _snapshot.Decode(q.Subject),
                predicate,
                _snapshot.Decode(q.Obj),
                q.Graph.IsDefaultGraph ? DefaultGraph.Instance : _snapshot.Decode(q.Graph));
        }
    }

    /// <summary>The id pattern; false when a bound term is unknown to the store, so nothing can match.</summary>
    private bool TryEncode(Term? subject, Iri? predicate, Term? obj, Term? graph, out QuadPattern pattern)
    {
        pattern = default;
        if (!TryId(subject, out var s) || !TryId(predicate, out var p) || !TryId(obj, out var o))
        {
            return false;
        }

        TermId? g;
        if (graph is null)
        {
            g = null;
        }
        else if (graph.IsDefaultGraph)
        {
            g = TermId.DefaultGraph;
        }
        else if (_snapshot.TryGetId(graph, out var id))
        {
            g = id;
        }
        else
        {
            return false;
        }

        pattern = new QuadPattern(s, p, o, g);
        return true;
    }

    private bool TryId(Term? term, out TermId? id)
    {
        id = null;
        if (term is null)
        {
            return true;
        }

        if (_snapshot.TryGetId(term, out var found))
        {
            id = found;
            return true;
        }

        return false;
    }
}
