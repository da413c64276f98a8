using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Property paths evaluated on the source's ids, for a path joined into a BGP's id loop (<see cref="BgpIdLoop"/>):
/// the same pairs, with the same duplicates, as <see cref="PathEvaluator"/> (links, inverses, sequences and
/// alternatives keep duplicates; P+ gives each pair once, by breadth-first search with a visited set), without
/// decoding a node. Only paths without a zero-length part (<see cref="Supports"/>): P* and P? relate a term the
/// source has never seen to itself, which has no id. One instance per run; the answers for each pair of bound ends
/// are remembered (bounded), as <see cref="PathMemo"/> does for terms.
/// </summary>
internal sealed class IdPathEvaluator(IQuadIdSource ids, long? graph, ExecutionContext context)
{
    private const int MaxRememberedPairs = 1 << 20;

    private readonly Dictionary<Iri, long> _predicates = [];
    private readonly Dictionary<(int Level, long S, long O), List<QuadIds>> _memo = [];
    private int _remembered;

    /// <summary>Whether <paramref name="path"/> can run on ids: links combined by inverse, sequence, alternative and P+.</summary>
    public static bool Supports(PropertyPath path) => path switch
    {
        LinkPath => true,
        InversePath i => Supports(i.Path),
        SequencePath s => Supports(s.Left) && Supports(s.Right),
        AlternativePath a => Supports(a.Left) && Supports(a.Right),
        OneOrMorePath o => Supports(o.Path),
        _ => false,
    };

    /// <summary>
    /// The pairs of the path at the loop's <paramref name="level"/> as quads (subject, 0, object, 0) for its binder; 0 is an
    /// unbound end. The list is shared: read it, do not change it.
    /// </summary>
    public List<QuadIds> Pairs(int level, PropertyPath path, long s, long o)
    {
        if (_memo.TryGetValue((level, s, o), out var known))
        {
            return known;
        }

        var pairs = new List<QuadIds>();
        foreach (var (x, y) in Evaluate(path, s, o))
        {
            pairs.Add(new QuadIds(x, 0, y, 0));
        }

        if (_remembered + pairs.Count + 1 <= MaxRememberedPairs)
        {
            _remembered += pairs.Count + 1;
            _memo[(level, s, o)] = pairs;
        }

        return pairs;
    }

    private IEnumerable<(long S, long O)> Evaluate(PropertyPath path, long s, long o)
    {
        switch (path)
        {
            case LinkPath link:
                if (PredicateId(link.Predicate) is not { } p)
                {
                    yield break;
                }

                foreach (var quad in ids.Match(s == 0 ? null : s, p, o == 0 ? null : o, graph))
                {
                    context.Tick();
                    yield return (quad.Subject, quad.Obj);
                }

                break;
            case InversePath inverse:
                foreach (var (a, b) in Evaluate(inverse.Path, o, s))
                {
                    yield return (b, a);
                }

                break;
            case SequencePath seq:
                if (s != 0 || o == 0)
                {
                    foreach (var (x, m) in Evaluate(seq.Left, s, 0))
                    {
                        foreach (var (_, y) in Evaluate(seq.Right, m, o))
                        {
                            yield return (x, y);
                        }
                    }
                }
                else
                {
                    foreach (var (m, y) in Evaluate(seq.Right, 0, o))
                    {
                        foreach (var (x, _) in Evaluate(seq.Left, 0, m))
                        {
                            yield return (x, y);
                        }
                    }
                }

                break;
            case AlternativePath alt:
                foreach (var pair in Evaluate(alt.Left, s, o))
                {
                    yield return pair;
                }

                foreach (var pair in Evaluate(alt.Right, s, o))
                {
                    yield return pair;
                }

                break;
            case OneOrMorePath om:
                foreach (var pair in OneOrMore(om.Path, s, o))
                {
                    yield return pair;
                }

                break;
            default:
                throw new SparqlEvaluationException($"The path {path} cannot be evaluated on ids.");
        }
    }

    /// <summary>Distinct (start, end) pairs of P+ by breadth-first search from the bound end (as <see cref="PathEvaluator"/>'s closure).</summary>
    private IEnumerable<(long S, long O)> OneOrMore(PropertyPath path, long s, long o)
    {
        if (s != 0)
        {
            foreach (var end in Reach(path, s, forward: true, stopAt: o))
            {
                if (o == 0 || end == o)
                {
                    yield return (s, end);
                    if (o != 0)
                    {
                        yield break;
                    }
                }
            }

            yield break;
        }

        if (o != 0)
        {
            foreach (var start in Reach(path, o, forward: false, stopAt: 0))
            {
                yield return (start, o);
            }

            yield break;
        }

        var starts = new HashSet<long>();
        foreach (var (x, _) in Evaluate(path, 0, 0))
        {
            if (starts.Add(x))
            {
                foreach (var end in Reach(path, x, forward: true, stopAt: 0))
                {
                    yield return (x, end);
                }
            }
        }
    }

    private IEnumerable<long> Reach(PropertyPath path, long start, bool forward, long stopAt)
    {
        var visited = new HashSet<long>();
        var frontier = new List<long> { start };
        while (frontier.Count > 0)
        {
            var next = new List<long>();
            foreach (var node in frontier)
            {
                foreach (var (a, b) in forward ? Evaluate(path, node, 0) : Evaluate(path, 0, node))
                {
                    var reached = forward ? b : a;
                    context.Tick();
                    if (visited.Add(reached))
                    {
                        next.Add(reached);
                        yield return reached;
                        if (stopAt != 0 && reached == stopAt)
                        {
                            yield break;
                        }
                    }
                }
            }

            frontier = next;
        }
    }

    private long? PredicateId(Iri predicate)
    {
        if (!_predicates.TryGetValue(predicate, out var id))
        {
            id = ids.TryLookup(predicate, out var found) ? found : 0;
            _predicates.Add(predicate, id);
        }

        return id == 0 ? null : id;
    }
}
