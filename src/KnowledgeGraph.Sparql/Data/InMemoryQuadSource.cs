using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Data;

/// <summary>
/// An indexed in-memory dataset for tests and for <c>kg query --data</c>. Terms are interned to dense ids (from 1)
/// and the quads kept once as ids, with one hash index per position; a match scans the shortest index list among
/// the bound positions and checks the others. The id level (<see cref="Ids"/>) lets the engine join on integers
/// and decode a term (an array read) only for output. Ids are never reused, so adding quads keeps them valid.
/// </summary>
public sealed partial class InMemoryQuadSource : IQuadSource, IQuadIdSource
{
    private readonly Dictionary<Term, long> _ids = new() { [DefaultGraph.Instance] = 0 };
    private readonly List<Term> _terms = [DefaultGraph.Instance];
    private readonly HashSet<QuadIds> _quads = [];
    private readonly Dictionary<long, List<QuadIds>> _bySubject = [];
    private readonly Dictionary<long, List<QuadIds>> _byPredicate = [];
    private readonly Dictionary<long, List<QuadIds>> _byObject = [];
    private readonly Dictionary<long, List<QuadIds>> _byGraph = [];
    private readonly List<QuadIds> _all = [];

    public InMemoryQuadSource()
    {
    }

    public InMemoryQuadSource(IEnumerable<Quad> quads)
    {
        ArgumentNullException.ThrowIfNull(quads);
        foreach (var quad in quads)
        {
            Add(quad);
        }
    }

    public int Count => _all.Count;

    public IQuadIdSource Ids => this;

    /// <summary>Adds a quad; returns false when it was already present.</summary>
    public bool Add(in Quad quad)
    {
        var ids = new QuadIds(Intern(quad.Subject), Intern(quad.Predicate), Intern(quad.Obj), Intern(quad.Graph));
        if (!_quads.Add(ids))
        {
            return false;
        }

        _all.Add(ids);
        DropSortedRanges();
        AddTo(_bySubject, ids.Subject, ids);
        AddTo(_byPredicate, ids.Predicate, ids);
        AddTo(_byObject, ids.Obj, ids);
        AddTo(_byGraph, ids.Graph, ids);
        return true;
    }

    public bool Contains(in Quad quad) =>
        _ids.TryGetValue(quad.Subject, out var s) && _ids.TryGetValue(quad.Predicate, out var p)
        && _ids.TryGetValue(quad.Obj, out var o) && _ids.TryGetValue(quad.Graph, out var g)
        && _quads.Contains(new QuadIds(s, p, o, g));

    public IEnumerable<Quad> Match(Term? subject, Iri? predicate, Term? obj, Term? graph)
    {
        if (!TryFind(subject, out var s) || !TryFind(predicate, out var p) || !TryFind(obj, out var o) || !TryFind(graph, out var g))
        {
            return [];
        }

        return Decode(MatchIds(s, p, o, g));
    }

    public IEnumerable<Term> NamedGraphs()
    {
        foreach (var (graph, quads) in _byGraph)
        {
            var term = _terms[(int)graph];
            if (!term.IsDefaultGraph && quads.Count > 0)
            {
                yield return term;
            }
        }
    }

    public long EstimateCardinality(Term? subject, Iri? predicate, Term? obj, Term? graph) =>
        !TryFind(subject, out var s) || !TryFind(predicate, out var p) || !TryFind(obj, out var o) || !TryFind(graph, out var g)
            ? 0
            : Candidates(s, p, o, g).Count;

    bool IQuadIdSource.TryLookup(Term term, out long id)
    {
        ArgumentNullException.ThrowIfNull(term);
        return _ids.TryGetValue(term, out id);
    }

    Term IQuadIdSource.Decode(long id) => _terms[(int)id];

    IEnumerable<QuadIds> IQuadIdSource.Match(long? subject, long? predicate, long? obj, long? graph) => MatchIds(subject, predicate, obj, graph);

    private IEnumerable<QuadIds> MatchIds(long? subject, long? predicate, long? obj, long? graph)
    {
        if (subject is { } s && predicate is { } p && obj is { } o && graph is { } g)
        {
            var exact = new QuadIds(s, p, o, g);
            return _quads.Contains(exact) ? [exact] : [];
        }

        var candidates = Candidates(subject, predicate, obj, graph);
        return candidates.Count == 0 ? [] : Filter(candidates, subject, predicate, obj, graph);
    }

    void IQuadIdSource.MatchInto(long? subject, long? predicate, long? obj, long? graph, List<QuadIds> into)
    {
        var candidates = Candidates(subject, predicate, obj, graph);
        var s = subject ?? -1;
        var p = predicate ?? -1;
        var o = obj ?? -1;
        var g = graph ?? -1;
        foreach (var quad in candidates)
        {
            if ((s < 0 || s == quad.Subject) && (p < 0 || p == quad.Predicate) && (o < 0 || o == quad.Obj) && (g < 0 || g == quad.Graph))
            {
                into.Add(quad);
            }
        }
    }

    /// <summary>A null term is "unbound" (null id); false when a bound term occurs nowhere.</summary>
    private bool TryFind(Term? term, out long? id)
    {
        id = null;
        if (term is null)
        {
            return true;
        }

        if (!_ids.TryGetValue(term, out var known))
        {
            return false;
        }

        id = known;
        return true;
    }

    private long Intern(Term term)
    {
        if (term.IsDefaultGraph)
        {
            return 0;
        }

        if (!_ids.TryGetValue(term, out var id))
        {
            id = _terms.Count;
            _terms.Add(term);
            _ids.Add(term, id);
        }

        return id;
    }

    private IEnumerable<Quad> Decode(IEnumerable<QuadIds> quads)
    {
        foreach (var q in quads)
        {
            yield return new Quad(_terms[(int)q.Subject], (Iri)_terms[(int)q.Predicate], _terms[(int)q.Obj], _terms[(int)q.Graph]);
        }
    }

    private List<QuadIds> Candidates(long? subject, long? predicate, long? obj, long? graph)
    {
        var best = _all;
        Narrow(_bySubject, subject, ref best);
        Narrow(_byObject, obj, ref best);
        Narrow(_byPredicate, predicate, ref best);
        Narrow(_byGraph, graph, ref best);
        return best;
    }

    private static void Narrow(Dictionary<long, List<QuadIds>> index, long? key, ref List<QuadIds> best)
    {
        if (key is not { } k)
        {
            return;
        }

        if (!index.TryGetValue(k, out var list))
        {
            best = [];
            return;
        }

        if (list.Count < best.Count)
        {
            best = list;
        }
    }

    private static IEnumerable<QuadIds> Filter(List<QuadIds> candidates, long? subject, long? predicate, long? obj, long? graph)
    {
        // Unbound positions compare against a value no id has, so the loop tests plain longs.
        var s = subject ?? -1;
        var p = predicate ?? -1;
        var o = obj ?? -1;
        var g = graph ?? -1;
        foreach (var quad in candidates)
        {
            if ((s < 0 || s == quad.Subject) && (p < 0 || p == quad.Predicate) && (o < 0 || o == quad.Obj) && (g < 0 || g == quad.Graph))
            {
                yield return quad;
            }
        }
    }

    private static void AddTo(Dictionary<long, List<QuadIds>> index, long key, in QuadIds quad)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index.Add(key, list);
        }

        list.Add(quad);
    }
}
