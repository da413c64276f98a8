namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A triple whose positions may be variables.</summary>
public sealed record TriplePattern(PatternNode Subject, PatternNode Predicate, PatternNode Object)
{
    public IEnumerable<Variable> Variables()
    {
        if (Subject is Variable s)
        {
            yield return s;
        }

        if (Predicate is Variable p)
        {
            yield return p;
        }

        if (Object is Variable o)
        {
            yield return o;
        }
    }

    public override string ToString() => $"{Subject} {Predicate} {Object}";
}
