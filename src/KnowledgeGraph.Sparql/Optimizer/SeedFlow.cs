using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>
/// Predicts, on the algebra, whether the plan compiled from an operator takes the row it runs under as a seed
/// (<see cref="PlanNode.AcceptsSeed"/>): then its patterns see the seed's variables bound and are best ordered from
/// them (a bind left join's right side, a per-row EXISTS). It mirrors the plan nodes' rules; where unsure it says no,
/// which only leaves the ordering as if nothing were bound (as before).
/// </summary>
public static class SeedFlow
{
    /// <param name="transparent">Inside a per-row EXISTS, where every operator passes its seed down (see <see cref="PlanCompiler"/>).</param>
    public static bool Accepts(Operator op, bool transparent) => op switch
    {
        Bgp or PathPattern or Table or Union => true,
        Join j => transparent || (Accepts(j.Left, transparent) && Accepts(j.Right, transparent)),
        LeftJoin or Minus => transparent,
        Filter f => (transparent || SeedSafe(f.Condition, f.Input)) && Accepts(f.Input, transparent),
        Extend e => (transparent || SeedSafe(e.Expression, e.Input)) && Accepts(e.Input, transparent),
        Graph g => Accepts(g.Input, transparent),
        Project p => Accepts(p.Input, transparent),
        Distinct d => Accepts(d.Input, transparent),
        Reduced r => Accepts(r.Input, transparent),
        _ => false,
    };

    /// <summary>As the plan compiler decides for FILTER and BIND: no EXISTS and every variable certainly bound by the input.</summary>
    private static bool SeedSafe(Expression expression, Operator input) =>
        !AlgebraVariables.ContainsExists(expression) && AlgebraVariables.Of(expression).IsSubsetOf(AlgebraScope.Certain(input));
}
