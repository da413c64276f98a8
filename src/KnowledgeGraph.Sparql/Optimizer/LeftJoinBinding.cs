using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>
/// What the right side of an OPTIONAL may take as bound when it is ordered. A bind left join (the right side accepts
/// a seed, see <see cref="Evaluation.LeftJoinNode.IsBindJoin"/>) runs the right once per left row with that row
/// bound, so the variables the left certainly binds are constants there: <c>OPTIONAL { ?claim ex:source ?source .
/// ?source ex:title ?title }</c> after <c>?claim</c> starts from <c>?claim</c> (a lookup) rather than from every title.
/// A hash left join evaluates the right once, without the row, so there nothing is bound.
/// </summary>
public static class LeftJoinBinding
{
    /// <param name="right">The OPTIONAL's pattern, not yet optimized.</param>
    /// <param name="left">The optimized left side.</param>
    /// <param name="seedBound">What the row the left join itself runs under binds (empty unless it takes a seed).</param>
    public static IReadOnlySet<Variable> RightBound(Operator right, Operator left, IReadOnlySet<Variable> seedBound, bool transparent)
    {
        if (!SeedFlow.Accepts(right, transparent))
        {
            return new HashSet<Variable>();
        }

        var bound = AlgebraScope.Certain(left);
        bound.UnionWith(seedBound);
        return bound;
    }
}
