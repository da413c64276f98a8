using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Optimizer;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// At plan compilation: a FILTER directly over a BGP whose first pattern is <c>?s &lt;p&gt; ?v</c> with ?v bounded by
/// the FILTER (<see cref="RangeRestriction"/>) lets that pattern be read as a range scan when the BGP runs on a
/// source that can (<see cref="Data.IQuadIdRangeSource"/>) and ?s and ?v are not bound by a seed. The FILTER node
/// stays above and decides; the range only skips objects it cannot accept.
/// </summary>
internal static class RangeScanPlanning
{
    public static void Apply(Filter filter, PlanNode input, VariableTable variables)
    {
        if (filter.Input is not Bgp { Patterns.Count: > 0 } bgp || input is not BgpNode node)
        {
            return;
        }

        if (RangeOrdering.RangeOf(bgp.Patterns[0], RangeRestriction.Find(filter.Condition)) is not { } range)
        {
            return;
        }

        var (_, p, o) = node.Patterns[0];
        if (o.IsVariable && o.Slot == variables.Slot((Variable)bgp.Patterns[0].Object) && p.Constant is Iri)
        {
            node.ScanFirstPatternByRange(range.Range);
        }
    }
}
