using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Update;

/// <summary>
/// A mutable set of quads with one hash index per position, matched with the same conventions as
/// <see cref="Data.IQuadSource.Match"/>: it holds the quads an update request has inserted so far, which later
/// operations of the same request must see.
/// </summary>
public sealed class QuadIndexSet
{
    private readonly HashSet<Quad> _quads = [];
    private readonly Dictionary<Term, HashSet<Quad>> _bySubject = [];
    private readonly Dictionary<Term, HashSet<Quad>> _byPredicate = [];
    private readonly Dictionary<Term, HashSet<Quad>> _byObject = [];
    private readonly Dictionary<Term, HashSet<Quad>> _byGraph = [];

    public int Count => _quads.Count;

    public IReadOnlyCollection<Quad> All => _quads;

    public bool Contains(in Quad quad) => _quads.Contains(quad);

    public bool Add(in Quad quad)
    {
        if (!_quads.Add(quad))
        {
            return false;
        }

        Index(_bySubject, quad.Subject).Add(quad);
        Index(_byPredicate, quad.Predicate).Add(quad);
        Index(_byObject, quad.Obj).Add(quad);
        Index(_byGraph, quad.Graph).Add(quad);
        return true;
    }

    public bool Remove(in Quad quad)
    {
        if (!_quads.Remove(quad))
        {
            return false;
        }

        Unindex(_bySubject, quad.Subject, quad);
        Unindex(_byPredicate, quad.Predicate, quad);
        Unindex(_byObject, quad.Obj, quad);
        Unindex(_byGraph, quad.Graph, quad);
        return true;
    }

    /// <summary>The graphs (default included) that hold at least one quad of the set.</summary>
    public IEnumerable<Term> Graphs => _byGraph.Keys;

    /// <summary>How many quads of the set are in <paramref name="graph"/>.</summary>
    public int CountIn(Term graph) => _byGraph.TryGetValue(graph, out var set) ? set.Count : 0;

    /// <summary>The quads matching the pattern; null is unbound. Safe to enumerate only while the set is not changed.</summary>
    public IEnumerable<Quad> Match(Term? subject, Iri? predicate, Term? obj, Term? graph)
    {
        if (subject is not null && predicate is not null && obj is not null && graph is not null)
        {
            var exact = new Quad(subject, predicate, obj, graph);
            return _quads.Contains(exact) ? [exact] : [];
        }

        IReadOnlyCollection<Quad> best = _quads;
        if (!Narrow(_bySubject, subject, ref best) || !Narrow(_byPredicate, predicate, ref best)
            || !Narrow(_byObject, obj, ref best) || !Narrow(_byGraph, graph, ref best))
        {
            return [];
        }

        return best.Where(q => (subject is null || subject.Equals(q.Subject))
            && (predicate is null || predicate.Equals(q.Predicate))
            && (obj is null || obj.Equals(q.Obj))
            && (graph is null || graph.Equals(q.Graph)));
    }

    public long Estimate(Term? subject, Iri? predicate, Term? obj, Term? graph)
    {
        IReadOnlyCollection<Quad> best = _quads;
        return Narrow(_bySubject, subject, ref best) && Narrow(_byPredicate, predicate, ref best)
            && Narrow(_byObject, obj, ref best) && Narrow(_byGraph, graph, ref best)
            ? best.Count
            : 0;
    }

    private static bool Narrow(Dictionary<Term, HashSet<Quad>> index, Term? key, ref IReadOnlyCollection<Quad> best)
    {
        if (key is null)
        {
            return true;
        }

        if (!index.TryGetValue(key, out var set))
        {
            return false;
        }

        if (set.Count < best.Count)
        {
            best = set;
        }

        return true;
    }

    private static HashSet<Quad> Index(Dictionary<Term, HashSet<Quad>> index, Term key)
    {
        if (!index.TryGetValue(key, out var set))
        {
            set = [];
            index.Add(key, set);
        }

        return set;
    }

    private static void Unindex(Dictionary<Term, HashSet<Quad>> index, Term key, in Quad quad)
    {
        if (index.TryGetValue(key, out var set) && set.Remove(quad) && set.Count == 0)
        {
            index.Remove(key);
        }
    }
}
