using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>
/// Orders a join of BGPs and property paths as one group, so a path is walked from whichever end the cheaper
/// patterns bind (Jena and Oxigraph do the same): in q5 the 40 countries come first and <c>partOf+</c> is walked
/// backwards from each, instead of forwards from every one of 35,000 places. Inner joins commute, so any order
/// gives the same rows; the greedy choice is the one <see cref="BgpOrdering"/> makes (connected first, then
/// cheapest), with a path costed from its links' counts and how many of its ends are bound.
/// </summary>
public static class PathJoinOrdering
{
    /// <summary>The reordered join, or null when <paramref name="join"/> is not a tree of BGPs and paths with at least one path.</summary>
    public static Operator? TryOrder(Join join, IQuadSource source, IReadOnlySet<Variable>? initiallyBound = null)
    {
        var leaves = new List<Operator>();
        if (!Collect(join, leaves) || !leaves.Any(l => l is PathPattern))
        {
            return null;
        }

        var remaining = new List<object>();
        foreach (var leaf in leaves)
        {
            if (leaf is Bgp bgp)
            {
                remaining.AddRange(bgp.Patterns);
            }
            else
            {
                remaining.Add(leaf);
            }
        }

        var bound = new HashSet<Variable>(initiallyBound ?? new HashSet<Variable>());
        var ordered = new List<object>(remaining.Count);
        while (remaining.Count > 0)
        {
            object? best = null;
            var bestConnected = false;
            var bestCost = double.MaxValue;
            foreach (var item in remaining)
            {
                var vars = VariablesOf(item);
                var connected = bound.Count == 0 || vars.Count == 0 || vars.Any(bound.Contains);
                var cost = item is TriplePattern t ? PatternCost.Estimate(source, t, bound) : PathCost(source, (PathPattern)item, bound);
                if (best is null || (connected && !bestConnected) || (connected == bestConnected && cost < bestCost))
                {
                    best = item;
                    bestConnected = connected;
                    bestCost = cost;
                }
            }

            ordered.Add(best!);
            remaining.Remove(best!);
            bound.UnionWith(VariablesOf(best!));
        }

        // Consecutive triple patterns become one BGP again (one id-level nested loop); the parts join left-deep.
        Operator? result = null;
        var run = new List<TriplePattern>();
        foreach (var item in ordered)
        {
            if (item is TriplePattern t)
            {
                run.Add(t);
                continue;
            }

            result = Append(Append(result, Flush(run)), (PathPattern)item);
        }

        return Append(result, Flush(run));
    }

    private static Operator? Flush(List<TriplePattern> run)
    {
        if (run.Count == 0)
        {
            return null;
        }

        var bgp = new Bgp(run.ToValueArray());
        run.Clear();
        return bgp;
    }

    private static Operator? Append(Operator? left, Operator? right) =>
        left is null ? right : right is null ? left : new Join(left, right);

    private static bool Collect(Operator op, List<Operator> leaves)
    {
        switch (op)
        {
            case Join j:
                return Collect(j.Left, leaves) && Collect(j.Right, leaves);
            case Bgp or PathPattern:
                leaves.Add(op);
                return true;
            default:
                return false;
        }
    }

    private static List<Variable> VariablesOf(object item)
    {
        if (item is TriplePattern t)
        {
            return t.Variables().ToList();
        }

        var p = (PathPattern)item;
        var vars = new List<Variable>(2);
        if (p.Subject is Variable s)
        {
            vars.Add(s);
        }

        if (p.Object is Variable o)
        {
            vars.Add(o);
        }

        return vars;
    }

    /// <summary>
    /// Rows a path is expected to give: its links' triple count when both ends are open (a closure more), a share of
    /// it from one bound end (larger for a closure, which fans out over several steps), about one with both bound.
    /// </summary>
    private static double PathCost(IQuadSource source, PathPattern pattern, IReadOnlySet<Variable> bound)
    {
        var subjectBound = pattern.Subject is not Variable sv || bound.Contains(sv);
        var objectBound = pattern.Object is not Variable ov || bound.Contains(ov);
        var closure = ContainsClosure(pattern.Path);
        var links = LinkCount(source, pattern.Path);
        if (subjectBound && objectBound)
        {
            return 1;
        }

        if (subjectBound || objectBound)
        {
            return 1 + (links / (closure ? 10 : 100));
        }

        return closure ? links * 3 : links;
    }

    private static bool ContainsClosure(PropertyPath path) => path switch
    {
        ZeroOrMorePath or OneOrMorePath or ZeroOrOnePath => true,
        InversePath i => ContainsClosure(i.Path),
        SequencePath s => ContainsClosure(s.Left) || ContainsClosure(s.Right),
        AlternativePath a => ContainsClosure(a.Left) || ContainsClosure(a.Right),
        _ => false,
    };

    private static double LinkCount(IQuadSource source, PropertyPath path) => path switch
    {
        LinkPath link => source.EstimateCardinality(null, link.Predicate, null, null),
        InversePath i => LinkCount(source, i.Path),
        SequencePath s => Math.Max(LinkCount(source, s.Left), LinkCount(source, s.Right)),
        AlternativePath a => LinkCount(source, a.Left) + LinkCount(source, a.Right),
        ZeroOrMorePath z => LinkCount(source, z.Path),
        OneOrMorePath o => LinkCount(source, o.Path),
        ZeroOrOnePath z => LinkCount(source, z.Path),

        // A negated property set matches nearly every triple.
        _ => source.EstimateCardinality(null, null, null, null),
    };
}
