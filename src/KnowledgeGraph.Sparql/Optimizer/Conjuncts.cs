using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>A condition's top-level conjuncts (<c>a &amp;&amp; (b &amp;&amp; c)</c> gives a, b, c), which the optimizer places one by one.</summary>
internal static class Conjuncts
{
    public static void Split(Expression e, List<Expression> into)
    {
        if (e is BinaryExpression { Operator: BinaryOperator.And } and)
        {
            Split(and.Left, into);
            Split(and.Right, into);
        }
        else
        {
            into.Add(e);
        }
    }
}
