namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Chooses hash join over bind join where the estimates say so: a BGP on the right that alone is much smaller than
/// the left side (q5's <c>?country a ex:Country</c>, 40 rows, after 100,000 path rows) is evaluated once and hashed
/// instead of being run once per left row. Joins that carry outer bindings into their right side (correlated
/// EXISTS) keep the bind join, since there the seed is a substitution.
/// </summary>
public static class JoinChoice
{
    /// <summary>The right side must be at most this fraction of the left to be hashed.</summary>
    private const double MaxRightToLeft = 0.25;

    /// <summary>Right sides estimated above this many rows are never hashed by estimate (a wrong guess costs a scan of them).</summary>
    private const double MaxHashedRows = 100_000;

    public static void Choose(PlanNode node) => Choose(node, once: true);

    /// <summary><paramref name="once"/>: the node runs once per query (not once per row of an enclosing bind join, graph, ...), where hashing pays.</summary>
    private static void Choose(PlanNode node, bool once)
    {
        if (node is JoinNode join)
        {
            if (once && !join.Transparent && join.Right is BgpNode right && join.Right.AcceptsSeed
                && join.KeySlots.Length > 0
                && !double.IsNaN(right.EstimatedRows) && !double.IsNaN(join.Left.EstimatedRows)
                && right.EstimatedRows <= MaxHashedRows
                && right.EstimatedRows <= join.Left.EstimatedRows * MaxRightToLeft)
            {
                join.HashRight = true;
            }

            Choose(join.Left, once);
            Choose(join.Right, once && !join.IsBindJoin);
            return;
        }

        // Operators that run their input once per own run; under anything else (left join, minus, graph, ...) an
        // input may run many times.
        var passesOnce = node is UnionNode or ProjectNode or FilterNode or ExtendNode or GroupNode or OrderByNode
            or SliceNode or DistinctNode;
        for (var i = 0; i < node.Children.Count; i++)
        {
            Choose(node.Children[i], once && (passesOnce || (i == 0 && node is not GraphNode)));
        }
    }
}
