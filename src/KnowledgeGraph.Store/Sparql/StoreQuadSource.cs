using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store.Sparql;

/// <summary>
/// The SPARQL engine's read seam over one store snapshot: term patterns become id patterns (a bound term the
/// store has never seen matches nothing), matches are decoded back to terms through a bounded per-source cache
/// (the same subjects and predicates come back again and again within a query), and estimates come from the
/// snapshot's statistics. (The id-level view, <see cref="IQuadIdSource"/>, is left to the engine's owners: the
/// engine does not use it yet, and inline literal ids need care there.)
/// The snapshot stays owned by the caller and must outlive the source.
/// </summary>
public sealed class StoreQuadSource : IQuadSource
{
    private const int MaxCachedTerms = 1 << 18;

    private readonly IStoreSnapshot _snapshot;
    private readonly Dictionary<TermId, Term> _decoded = [];

    public StoreQuadSource(IStoreSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _snapshot = snapshot;
    }

    public IEnumerable<Quad> Match(Term? subject, Iri? predicate, Term? obj, Term? graph)
    {
        if (!TryPattern(subject, predicate, obj, graph, out var pattern))
        {
            return [];
        }

        return Decode(pattern);
    }

    public IEnumerable<Term> NamedGraphs()
    {
        foreach (var (id, count) in _snapshot.Statistics.PerGraph)
        {
            if (id != TermId.DefaultGraph && count > 0)
            {
                yield return DecodeTerm(id);
            }
        }
    }

    public long EstimateCardinality(Term? subject, Iri? predicate, Term? obj, Term? graph) =>
        TryPattern(subject, predicate, obj, graph, out var pattern) ? _snapshot.Estimate(pattern).Count : 0;

    private IEnumerable<Quad> Decode(QuadPattern pattern)
    {
        foreach (var q in _snapshot.Match(pattern))
        {
            yield return new Quad(DecodeTerm(q.Subject), (Iri)DecodeTerm(q.Predicate), DecodeTerm(q.Obj), DecodeTerm(q.Graph));
        }
    }

    private bool TryPattern(Term? subject, Iri? predicate, Term? obj, Term? graph, out QuadPattern pattern)
    {
        pattern = default;
        TermId? s = null, p = null, o = null, g = null;
        if ((subject is not null && !TryId(subject, out s))
            || (predicate is not null && !TryId(predicate, out p))
            || (obj is not null && !TryId(obj, out o))
            || (graph is not null && !TryId(graph, out g)))
        {
            return false;
        }

        pattern = new QuadPattern(s, p, o, g);
        return true;
    }

    private bool TryId(Term term, out TermId? id)
    {
        if (term is DefaultGraph)
        {
            id = TermId.DefaultGraph;
            return true;
        }

        var found = _snapshot.TryGetId(term, out var value);
        id = value;
        return found;
    }

    private Term DecodeTerm(TermId id)
    {
        if (id == TermId.DefaultGraph)
        {
            return DefaultGraph.Instance;
        }

        if (_decoded.TryGetValue(id, out var term))
        {
            return term;
        }

        if (_decoded.Count >= MaxCachedTerms)
        {
            _decoded.Clear();
        }

        term = _snapshot.Decode(id);
        _decoded[id] = term;
        return term;
    }
}
