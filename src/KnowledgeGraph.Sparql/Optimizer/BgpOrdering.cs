using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>
/// Orders a BGP's triple patterns greedily: the most selective first, then always a pattern that shares a
/// variable with those already placed (a cross product only when nothing connects), cheapest first.
/// </summary>
public static class BgpOrdering
{
    public static Bgp Order(Bgp bgp, IQuadSource source, IReadOnlySet<Variable>? initiallyBound = null)
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
                var cost = PatternCost.Estimate(source, pattern, bound);
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
}
