using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>
/// Orders a BGP's triple patterns greedily: the most selective first, then always a pattern that shares a
/// variable with those already placed (a cross product only when nothing connects), cheapest first. FILTERs over the
/// BGP count for the first pattern, the scan: one that completes a filter's variables (the filter runs right after
/// it, inside the loops) is taken to keep a fraction of its matches, so of two equal scans the filtered one goes
/// first (q6: the titles, which the regex cuts to a quarter, before the articles' types, which every article has).
/// Later patterns are probes whose estimates do not tell a cheap check (q2's <c>?event a ex:Attack</c>) from a value
/// a costly filter must decode and compare, so there the filters do not count.
/// </summary>
public static class BgpOrdering
{
    /// <summary>The fraction of rows a filter is taken to keep (as the estimator assumes for a FILTER node).</summary>
    private const double FilterSelectivity = 0.5;

    public static Bgp Order(Bgp bgp, IQuadSource source, IReadOnlySet<Variable>? initiallyBound = null,
        IReadOnlyList<IReadOnlySet<Variable>>? filters = null)
    {
        if (bgp.Patterns.Count < 2)
        {
            return bgp;
        }

        var remaining = bgp.Patterns.ToList();
        var bound = new HashSet<Variable>(initiallyBound ?? new HashSet<Variable>());
        var ordered = new List<TriplePattern>(remaining.Count);
        while (remaining.Count > 0)
        {
            TriplePattern? best = null;
            var bestConnected = false;
            var bestCost = double.MaxValue;
            foreach (var pattern in remaining)
            {
                var connected = bound.Count == 0 || pattern.Variables().Any(bound.Contains) || !pattern.Variables().Any();
                var cost = PatternCost.Estimate(source, pattern, bound) * Math.Pow(FilterSelectivity, Completed(filters, bound, pattern));
                if (best is null || (connected && !bestConnected) || (connected == bestConnected && cost < bestCost))
                {
                    best = pattern;
                    bestConnected = connected;
                    bestCost = cost;
                }
            }

            ordered.Add(best!);
            remaining.Remove(best!);
            bound.UnionWith(best!.Variables());
        }

        return new Bgp(ordered.ToValueArray());
    }

    /// <summary>For the first pattern: how many of the filters have all their variables bound by <paramref name="pattern"/>.</summary>
    private static int Completed(IReadOnlyList<IReadOnlySet<Variable>>? filters, HashSet<Variable> bound, TriplePattern pattern)
    {
        if (filters is null || bound.Count > 0)
        {
            return 0;
        }

        var adds = pattern.Variables().Where(v => !bound.Contains(v)).ToHashSet();
        return filters.Count(f => f.Any(adds.Contains) && f.All(v => bound.Contains(v) || adds.Contains(v)));
    }
}
