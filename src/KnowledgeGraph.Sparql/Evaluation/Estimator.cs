using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>Fills in each plan node's estimated row count from the source's statistics, for Explain.</summary>
public static class Estimator
{
    public static double Annotate(PlanNode node, IQuadSource source)
    {
        var children = node.Children.Select(c => Annotate(c, source)).ToArray();
        node.EstimatedRows = node switch
        {
            BgpNode bgp => EstimateBgp(bgp, source),
            JoinNode => children[0] * Math.Max(1, children[1] / Math.Max(1, children[0])),
            LeftJoinNode => Math.Max(children[0], children[0] * Math.Min(children[1], 2)),
            FilterNode => children[0] / 2,
            UnionNode => children[0] + children[1],
            MinusNode => children[0],
            SliceNode s => s.Limit is { } l ? Math.Min(l, children[0]) : children[0],
            GroupNode => Math.Max(1, children[0] / 10),
            DeferredTableNode or ServiceNode => 1,
            PathNode => double.NaN,
            _ => children.Length > 0 ? children[0] : double.NaN,
        };
        return double.IsNaN(node.EstimatedRows) ? 1000 : node.EstimatedRows;
    }

    private static double EstimateBgp(BgpNode bgp, IQuadSource source)
    {
        double rows = 1;
        var bound = new HashSet<int>();
        foreach (var (s, p, o) in bgp.Patterns)
        {
            double estimate = source.EstimateCardinality(
                s.IsVariable ? null : s.Constant,
                p.IsVariable ? null : p.Constant as KnowledgeGraph.Rdf.Model.Iri,
                o.IsVariable ? null : o.Constant,
                null);
            var connected = (s.IsVariable && bound.Contains(s.Slot)) || (o.IsVariable && bound.Contains(o.Slot)) || (p.IsVariable && bound.Contains(p.Slot));

            // A pattern sharing a bound variable joins under the containment assumption, |R join S| = |R||S| / max(|R|, |S|);
            // an unconnected one is a cross product.
            rows = bound.Count == 0 ? estimate : connected ? rows * estimate / Math.Max(1, Math.Max(rows, estimate)) : rows * estimate;
            foreach (var slot in new[] { s, p, o }.Where(x => x.IsVariable).Select(x => x.Slot))
            {
                bound.Add(slot);
            }
        }

        // As for a FILTER node: each fused condition is taken to keep half the rows.
        return rows / Math.Pow(2, bgp.Filters.Count);
    }
}
