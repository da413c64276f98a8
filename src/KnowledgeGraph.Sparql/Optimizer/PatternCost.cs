using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>
/// Cardinality estimates for triple patterns from the source's statistics: constants are asked for directly,
/// and a variable bound by an earlier pattern is assumed to cut the matches like a constant would (a subject
/// to a handful of triples, an object to somewhat more), the usual heuristic when no join statistics exist.
/// </summary>
public static class PatternCost
{
    public static double Estimate(IQuadSource source, TriplePattern pattern, IReadOnlySet<Variable> bound)
    {
        var s = pattern.Subject is TermNode ts ? ts.Term : null;
        var p = pattern.Predicate is TermNode { Term: Iri pi } ? pi : null;
        var o = pattern.Object is TermNode to ? to.Term : null;
        if (pattern.Predicate is TermNode { Term: not Iri } || s is Literal)
        {
            return 0;
        }

        double estimate = source.EstimateCardinality(s, p, o, null);
        if (pattern.Subject is Variable sv && bound.Contains(sv))
        {
            estimate = Math.Min(estimate, 1 + (estimate / 1000));
        }

        if (pattern.Object is Variable ov && bound.Contains(ov))
        {
            estimate = Math.Min(estimate, 1 + (estimate / 100));
        }

        if (pattern.Predicate is Variable pv && bound.Contains(pv))
        {
            estimate = Math.Min(estimate, 1 + (estimate / 10));
        }

        return estimate;
    }
}
