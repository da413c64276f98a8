using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>
/// Puts the range conjuncts of a FILTER right on top of a BGP whose first pattern they bound, as one filter over the
/// whole BGP (not split off after the first pattern as <see cref="QueryOptimizer"/> pushes other conjuncts): the plan
/// compiler then turns that first pattern into a range scan (<see cref="Evaluation.RangeScanPlanning"/>) and the BGP
/// stays one id-level loop. The conjuncts stay in the FILTER, which decides; the scan only skips what cannot pass.
/// Only for sources that can scan a range (others keep the usual placement); through BINDs of other variables.
/// </summary>
public static class RangeScanPlacement
{
    /// <summary>
    /// The input with the range conjuncts on it; those conjuncts are removed from <paramref name="conjuncts"/>.
    /// <paramref name="ranges"/> is <see cref="RangeRestriction.Find(IEnumerable{Expression})"/> of the conjuncts.
    /// </summary>
    public static Operator Place(Operator input, List<Expression> conjuncts, IReadOnlyDictionary<Variable, ObjectRange> ranges, IQuadSource source)
    {
        ArgumentNullException.ThrowIfNull(conjuncts);
        ArgumentNullException.ThrowIfNull(ranges);
        ArgumentNullException.ThrowIfNull(source);

        // Through a BIND of another variable, as the optimizer pushes any filter (q7: BIND of a constant over the BGP).
        if (input is Extend extend && !ranges.ContainsKey(extend.Variable))
        {
            var inner = Place(extend.Input, conjuncts, ranges, source);
            return ReferenceEquals(inner, extend.Input) ? input : extend with { Input = inner };
        }

        if (ranges.Count == 0 || input is not Bgp { Patterns.Count: > 0 } bgp || source.Ids is not IQuadIdRangeSource
            || RangeOrdering.RangeOf(bgp.Patterns[0], ranges) is null)
        {
            return input;
        }

        var bounded = (Variable)bgp.Patterns[0].Object;
        var mine = conjuncts.Where(c => RangeRestriction.TryRead(c, out var v, out _) && v == bounded).ToList();
        conjuncts.RemoveAll(mine.Contains);
        return new Filter(mine.Aggregate((a, b) => new BinaryExpression(BinaryOperator.And, a, b)), bgp);
    }
}
