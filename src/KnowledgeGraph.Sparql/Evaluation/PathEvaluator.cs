using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Property path evaluation (section 18.4 semantics). Links, inverses, sequences and alternatives keep
/// duplicates (they are joins and unions); ZeroOrOne, ZeroOrMore and OneOrMore produce each pair once and
/// are evaluated by breadth-first search with a visited set, so cycles terminate.
/// </summary>
public sealed class PathEvaluator
{
    private readonly ExecutionContext _context;
    private readonly ActiveGraph _graph;

    /// <summary>The source's ids when links can be matched on them (one graph, no merge to deduplicate); else null.</summary>
    private readonly IQuadIdSource? _ids;
    private readonly long? _graphId;
    private readonly bool _graphKnown;
    private Iri? _lastPredicate;
    private long _lastPredicateId;
    private bool _lastPredicateKnown;

    public PathEvaluator(ExecutionContext context, ActiveGraph graph)
    {
        _context = context;
        _graph = graph;
        if (context.Source.Ids is { } ids && graph.Graphs.Count == 1 && !graph.Deduplicate)
        {
            _ids = ids;
            if (graph.Graphs[0] is { } name)
            {
                _graphKnown = ids.TryLookup(name, out var g);
                _graphId = g;
            }
            else
            {
                _graphKnown = true;
            }
        }
    }

    public IEnumerable<(Term S, Term O)> Evaluate(PropertyPath path, Term? s, Term? o)
    {
        switch (path)
        {
            case LinkPath link when _ids is not null:
                foreach (var pair in LinkByIds(_ids, link.Predicate, s, o))
                {
                    yield return pair;
                }

                break;
            case LinkPath link:
                foreach (var quad in BgpNode.MatchOne(_context, _graph, s, link.Predicate, o))
                {
                    _context.Tick();
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
                if (s is not null || o is null)
                {
                    foreach (var (x, m) in Evaluate(seq.Left, s, null))
                    {
                        foreach (var (_, y) in Evaluate(seq.Right, m, o))
                        {
                            yield return (x, y);
                        }
                    }
                }
                else
                {
                    foreach (var (m, y) in Evaluate(seq.Right, null, o))
                    {
                        foreach (var (x, _) in Evaluate(seq.Left, null, m))
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
            case NegatedPropertySet nps:
                foreach (var pair in Negated(nps, s, o))
                {
                    yield return pair;
                }

                break;
            case ZeroOrOnePath zo:
                foreach (var pair in Closure(zo.Path, s, o, includeStart: true, maxDepth: 1))
                {
                    yield return pair;
                }

                break;
            case ZeroOrMorePath zm:
                foreach (var pair in Closure(zm.Path, s, o, includeStart: true, maxDepth: int.MaxValue))
                {
                    yield return pair;
                }

                break;
            case OneOrMorePath om:
                foreach (var pair in Closure(om.Path, s, o, includeStart: false, maxDepth: int.MaxValue))
                {
                    yield return pair;
                }

                break;
            default:
                throw new SparqlEvaluationException($"Unsupported property path {path}.");
        }
    }

    /// <summary>
    /// One link on the source's ids: the bound ends are looked up, the predicate once per predicate in a row (a path
    /// walk asks for the same one over and over), and only the free end is decoded.
    /// </summary>
    private IEnumerable<(Term S, Term O)> LinkByIds(IQuadIdSource ids, Iri predicate, Term? s, Term? o)
    {
        if (!ReferenceEquals(predicate, _lastPredicate))
        {
            _lastPredicateKnown = ids.TryLookup(predicate, out _lastPredicateId);
            _lastPredicate = predicate;
        }

        var known = _lastPredicateKnown;
        var p = _lastPredicateId;
        if (!known || !_graphKnown || s is Literal)
        {
            yield break;
        }

        long? sid = null;
        long? oid = null;
        if (s is not null)
        {
            if (!ids.TryLookup(s, out var x))
            {
                yield break;
            }

            sid = x;
        }

        if (o is not null)
        {
            if (!ids.TryLookup(o, out var y))
            {
                yield break;
            }

            oid = y;
        }

        foreach (var quad in ids.Match(sid, p, oid, _graphId))
        {
            _context.Tick();
            yield return (s ?? ids.Decode(quad.Subject), o ?? ids.Decode(quad.Obj));
        }
    }

    private IEnumerable<(Term S, Term O)> Negated(NegatedPropertySet nps, Term? s, Term? o)
    {
        var forward = nps.Forward.ToHashSet();
        var inverse = nps.Inverse.ToHashSet();
        if (!nps.Forward.IsEmpty || nps.Inverse.IsEmpty)
        {
            foreach (var quad in BgpNode.MatchOne(_context, _graph, s, null, o))
            {
                if (!forward.Contains(quad.Predicate))
                {
                    yield return (quad.Subject, quad.Obj);
                }
            }
        }

        if (!nps.Inverse.IsEmpty)
        {
            foreach (var quad in BgpNode.MatchOne(_context, _graph, o, null, s))
            {
                if (!inverse.Contains(quad.Predicate))
                {
                    yield return (quad.Obj, quad.Subject);
                }
            }
        }
    }

    /// <summary>Distinct (start, end) pairs for P? (depth 1), P* and P+, by breadth-first search from the bound end.</summary>
    private IEnumerable<(Term S, Term O)> Closure(PropertyPath path, Term? s, Term? o, bool includeStart, int maxDepth)
    {
        if (s is not null)
        {
            foreach (var end in Reach(path, s, forward: true, includeStart, maxDepth, stopAt: o))
            {
                if (o is null || end.Equals(o))
                {
                    yield return (s, end);
                    if (o is not null)
                    {
                        yield break;
                    }
                }
            }

            yield break;
        }

        if (o is not null)
        {
            foreach (var start in Reach(path, o, forward: false, includeStart, maxDepth, stopAt: null))
            {
                yield return (start, o);
            }

            yield break;
        }

        foreach (var node in StartNodes(path, includeStart))
        {
            foreach (var end in Reach(path, node, forward: true, includeStart, maxDepth, stopAt: null))
            {
                yield return (node, end);
            }
        }
    }

    /// <summary>
    /// The nodes a closure with both ends free starts from: every subject and object of the graph when zero-length
    /// paths count, otherwise the subjects of the path's first steps.
    /// </summary>
    private IEnumerable<Term> StartNodes(PropertyPath path, bool includeStart)
    {
        var seen = new HashSet<Term>();
        if (includeStart)
        {
            foreach (var quad in BgpNode.MatchOne(_context, _graph, null, null, null))
            {
                if (seen.Add(quad.Subject))
                {
                    yield return quad.Subject;
                }

                if (seen.Add(quad.Obj))
                {
                    yield return quad.Obj;
                }
            }

            yield break;
        }

        foreach (var (x, _) in Evaluate(path, null, null))
        {
            if (seen.Add(x))
            {
                yield return x;
            }
        }
    }

    private IEnumerable<Term> Reach(PropertyPath path, Term start, bool forward, bool includeStart, int maxDepth, Term? stopAt)
    {
        var visited = new HashSet<Term>();
        var frontier = new List<Term> { start };
        if (includeStart)
        {
            visited.Add(start);
            yield return start;
            if (stopAt is not null && start.Equals(stopAt))
            {
                yield break;
            }
        }

        for (var depth = 0; depth < maxDepth && frontier.Count > 0; depth++)
        {
            var next = new List<Term>();
            foreach (var node in frontier)
            {
                var steps = forward ? Evaluate(path, node, null).Select(p => p.O) : Evaluate(path, null, node).Select(p => p.S);
                foreach (var reached in steps)
                {
                    _context.Tick();
                    if (visited.Add(reached))
                    {
                        next.Add(reached);
                        yield return reached;
                        if (stopAt is not null && reached.Equals(stopAt))
                        {
                            yield break;
                        }
                    }
                }
            }

            frontier = next;
        }
    }
}
