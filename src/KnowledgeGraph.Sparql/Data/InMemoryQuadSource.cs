using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Data;

/// <summary>
/// An indexed in-memory dataset for tests and for <c>kg query --data</c>: the quads are kept once in a set,
/// with one hash index per position. A match scans the shortest index list among the bound positions and
/// checks the other positions, which is enough for small and medium data.
/// </summary>
public sealed class InMemoryQuadSource : IQuadSource
{
    private readonly HashSet<Quad> _quads = [];
    private readonly Dictionary<Term, List<Quad>> _bySubject = [];
    private readonly Dictionary<Term, List<Quad>> _byPredicate = [];
    private readonly Dictionary<Term, List<Quad>> _byObject = [];
    private readonly Dictionary<Term, List<Quad>> _byGraph = [];
    private readonly List<Quad> _all = [];

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

    /// <summary>Adds a quad; returns false when it was already present.</summary>
    public bool Add(in Quad quad)
    {
        if (!_quads.Add(quad))
        {
            return false;
        }

        _all.Add(quad);
        AddTo(_bySubject, quad.Subject, quad);
        AddTo(_byPredicate, quad.Predicate, quad);
        AddTo(_byObject, quad.Obj, quad);
        AddTo(_byGraph, quad.Graph, quad);
        return true;
    }

    public bool Contains(in Quad quad) => _quads.Contains(quad);

    public IEnumerable<Quad> Match(Term? subject, Iri? predicate, Term? obj, Term? graph)
    {
        if (subject is not null && predicate is not null && obj is not null && graph is not null)
        {
            var exact = new Quad(subject, predicate, obj, graph);
            return _quads.Contains(exact) ? [exact] : [];
        }

        var candidates = Candidates(subject, predicate, obj, graph);
        return Filter(candidates, subject, predicate, obj, graph);
    }

    public IEnumerable<Term> NamedGraphs()
    {
        foreach (var (graph, quads) in _byGraph)
        {
            if (!graph.IsDefaultGraph && quads.Count > 0)
            {
                yield return graph;
            }
        }
    }

    public long EstimateCardinality(Term? subject, Iri? predicate, Term? obj, Term? graph) =>
        Candidates(subject, predicate, obj, graph).Count;

    private List<Quad> Candidates(Term? subject, Iri? predicate, Term? obj, Term? graph)
    {
        var best = _all;
        Narrow(_bySubject, subject, ref best);
        Narrow(_byObject, obj, ref best);
        Narrow(_byPredicate, predicate, ref best);
        Narrow(_byGraph, graph, ref best);
        return best;
    }

    private static void Narrow(Dictionary<Term, List<Quad>> index, Term? key, ref List<Quad> best)
    {
        if (key is null)
        {
            return;
        }

        if (!index.TryGetValue(key, out var list))
        {
            best = [];
            return;
        }

        if (list.Count < best.Count)
        {
            best = list;
        }
    }

    private static IEnumerable<Quad> Filter(List<Quad> candidates, Term? subject, Iri? predicate, Term? obj, Term? graph)
    {
        foreach (var quad in candidates)
        {
            if ((subject is null || subject.Equals(quad.Subject))
                && (predicate is null || predicate.Equals(quad.Predicate))
                && (obj is null || obj.Equals(quad.Obj))
                && (graph is null || graph.Equals(quad.Graph)))
            {
                yield return quad;
            }
        }
    }

    private static void AddTo(Dictionary<Term, List<Quad>> index, Term key, in Quad quad)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index.Add(key, list);
        }

        list.Add(quad);
    }
}
