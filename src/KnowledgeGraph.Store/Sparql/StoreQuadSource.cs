using System.Runtime.CompilerServices;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store.Sparql;

/// <summary>
/// The SPARQL engine's read seam over one store snapshot: patterns are encoded to ids (a term the store has
/// never seen matches nothing), matches decoded back to terms. A bound position is not decoded (the pattern's own
/// term is the answer). When the store keeps a store-wide term cache (LMDB, <see cref="Encoding.TermCache"/>), decoding
/// and lookups go straight to it and outlive this source; otherwise decoded ids are remembered in a bounded
/// per-source cache, since a query decodes the same few predicates, classes and hub nodes over and over. On LMDB,
/// id matches are read straight from the cursor into the engine's buffers (<see cref="ISnapshotIdReads"/>). The id level (<see cref="Ids"/>) hands the store's 64-bit ids
/// to the engine as they are, so BGPs join on integers and decode only what leaves them; a decoded term is also
/// remembered the other way, so a term the engine got from here is looked up again without the dictionary.
/// The snapshot belongs to the caller. The per-row methods are compiled optimized at once (AggressiveOptimization):
/// a short query process (`kg query`, the bench) otherwise runs them in its unoptimized JIT tiers for much of its life.
/// </summary>
public sealed partial class StoreQuadSource : IQuadSource, IQuadIdSource
{
    /// <summary>Decoded terms kept per source; past this the cache is emptied and refilled (memory stays bounded).</summary>
    private const int MaxCachedTerms = 1 << 18;

    private readonly IStoreSnapshot _snapshot;

    /// <summary>The snapshot's id-quad reads, when its backend has them (LMDB); null = through <see cref="IStoreSnapshot.Match"/>.</summary>
    private readonly ISnapshotIdReads? _idReads;

    /// <summary>True when the snapshot decodes through a store-wide cache: then this source keeps no per-query term caches.</summary>
    private readonly bool _sharedCache;
    private readonly Dictionary<ulong, Term> _decoded = [];
    private readonly Dictionary<Term, TermId?> _encoded = [];
    private readonly Dictionary<EstimateKey, long> _estimates = [];

    public StoreQuadSource(IStoreSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _snapshot = snapshot;
        _idReads = snapshot as ISnapshotIdReads;
        _sharedCache = _idReads?.SharesTermCache == true;
    }

    public IEnumerable<Quad> Match(Term? subject, Iri? predicate, Term? obj, Term? graph)
    {
        if (!TryEncode(subject, predicate, obj, graph, out var pattern))
        {
            return [];
        }

        return Decode(_snapshot.Match(pattern), subject, predicate, obj, graph);
    }

    public IQuadIdSource Ids => this;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    bool IQuadIdSource.TryLookup(Term term, out long id)
    {
        ArgumentNullException.ThrowIfNull(term);
        id = 0;
        if (term.IsDefaultGraph)
        {
            return true;
        }

        if (!TryId(term, out var known))
        {
            return false;
        }

        id = (long)known!.Value.Value;
        return true;
    }

    /// <summary>
    /// What a probe costs in quads scanned, for the engine's switch from per-probe matches to a hash table of the
    /// pattern (past probes x cost &gt; size). LMDB: 0, never switch. With a reused cursor per index, a probe is one
    /// B-tree descent without allocation, and a probe near the previous one stays within the cursor's leaf page;
    /// measured on the 1M news store, never hashing beat the old cost of 8 on every peer query (q5-q8 10-30% less
    /// CPU, q4 and q2 too) and on random-order probe joins (2x), since building the engine's table allocates a list
    /// per key. The in-memory store decompresses a block per seek: 8, as before.
    /// </summary>
    int IQuadIdSource.SeekCostInQuads => _idReads is not null ? 0 : 8;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    Term IQuadIdSource.Decode(long id) => DecodeCached(new TermId((ulong)id));

    IEnumerable<QuadIds> IQuadIdSource.Match(long? subject, long? predicate, long? obj, long? graph)
    {
        var pattern = new QuadPattern(ToId(subject), ToId(predicate), ToId(obj), ToId(graph));
        return _idReads is not null ? _idReads.MatchIds(pattern) : MatchIds(pattern);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    void IQuadIdSource.MatchInto(long? subject, long? predicate, long? obj, long? graph, List<QuadIds> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var pattern = new QuadPattern(ToId(subject), ToId(predicate), ToId(obj), ToId(graph));
        if (_idReads is not null)
        {
            _idReads.MatchInto(pattern, into);
            return;
        }

        foreach (var q in _snapshot.Match(pattern))
        {
            into.Add(new QuadIds((long)q.Subject.Value, (long)q.Predicate.Value, (long)q.Obj.Value, (long)q.Graph.Value));
        }
    }

    public IEnumerable<Term> NamedGraphs() => _snapshot.NamedGraphs.Select(_snapshot.Decode);

    /// <summary>
    /// From the statistics when only the predicate (or nothing) is bound, otherwise the store's capped index count.
    /// Remembered per pattern: the optimizer's greedy ordering asks for the same patterns again and again, and a
    /// capped count can walk up to 100,000 index entries on LMDB (q1 spent most of its time there).
    /// </summary>
    public long EstimateCardinality(Term? subject, Iri? predicate, Term? obj, Term? graph)
    {
        var key = new EstimateKey(subject, predicate, obj, graph);
        if (_estimates.TryGetValue(key, out var known))
        {
            return known;
        }

        long estimate;
        if (!TryEncode(subject, predicate, obj, graph, out var pattern))
        {
            estimate = 0;
        }
        else if (subject is null && obj is null && graph is null)
        {
            var statistics = _snapshot.Statistics;
            estimate = pattern.Predicate is { } p
                ? statistics.PerPredicate.GetValueOrDefault(p)
                : statistics.QuadCount;
        }
        else
        {
            estimate = _snapshot.Estimate(pattern).Count;
        }

        if (_estimates.Count >= MaxCachedTerms)
        {
            _estimates.Clear();
        }

        _estimates[key] = estimate;
        return estimate;
    }

    private IEnumerable<Quad> Decode(IEnumerable<EncodedQuad> quads, Term? subject, Iri? predicate, Term? obj, Term? graph)
    {
        foreach (var q in quads)
        {
            var p = predicate ?? DecodeCached(q.Predicate) as Iri
                ?? throw new InvalidDataException($"the store holds a quad whose predicate (id {q.Predicate}) is not an IRI");
            yield return new Quad(
                subject ?? DecodeCached(q.Subject),
                p,
                obj ?? DecodeCached(q.Obj),
                graph ?? (q.Graph.IsDefaultGraph ? DefaultGraph.Instance : DecodeCached(q.Graph)));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Term DecodeCached(TermId id)
    {
        if (_sharedCache)
        {
            return _snapshot.Decode(id);
        }

        if (_decoded.TryGetValue(id.Value, out var term))
        {
            return term;
        }

        term = _snapshot.Decode(id);
        if (_decoded.Count >= MaxCachedTerms)
        {
            _decoded.Clear();
        }

        _decoded.Add(id.Value, term);
        if (_encoded.Count >= MaxCachedTerms)
        {
            _encoded.Clear();
        }

        _encoded.TryAdd(term, id);
        return term;
    }

    private static TermId? ToId(long? id) => id is { } v ? new TermId((ulong)v) : null;

    private IEnumerable<QuadIds> MatchIds(QuadPattern pattern)
    {
        foreach (var q in _snapshot.Match(pattern))
        {
            yield return new QuadIds((long)q.Subject.Value, (long)q.Predicate.Value, (long)q.Obj.Value, (long)q.Graph.Value);
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
        else if (TryId(graph, out var id))
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryId(Term? term, out TermId? id)
    {
        id = null;
        if (term is null)
        {
            return true;
        }

        // With a store-wide cache, known terms are found there; only the unknown ones are remembered here.
        if (_sharedCache)
        {
            if (_encoded.ContainsKey(term))
            {
                return false;
            }

            if (_snapshot.TryGetId(term, out var shared))
            {
                id = shared;
                return true;
            }

            RememberUnknown(term);
            return false;
        }

        // Known and unknown terms are both remembered: a constant of the query is looked up once per run.
        if (!_encoded.TryGetValue(term, out var known))
        {
            known = _snapshot.TryGetId(term, out var found) ? found : null;
            if (_encoded.Count >= MaxCachedTerms)
            {
                _encoded.Clear();
            }

            _encoded.Add(term, known);
        }

        id = known;
        return known is not null;
    }

    private void RememberUnknown(Term term)
    {
        if (_encoded.Count >= MaxCachedTerms)
        {
            _encoded.Clear();
        }

        _encoded[term] = null;
    }

    private readonly record struct EstimateKey(Term? Subject, Iri? Predicate, Term? Obj, Term? Graph);
}
