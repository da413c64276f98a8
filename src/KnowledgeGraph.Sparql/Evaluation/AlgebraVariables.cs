using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>Every variable mentioned in an operator or an expression (nested EXISTS patterns included).</summary>
public static class AlgebraVariables
{
    public static HashSet<Variable> Of(Operator op)
    {
        var set = new HashSet<Variable>();
        Collect(op, set);
        return set;
    }

    public static HashSet<Variable> Of(Expression expression)
    {
        var set = new HashSet<Variable>();
        Collect(expression, set);
        return set;
    }

    public static bool ContainsExists(Expression expression) =>
        expression is ExistsExpression || ExpressionTree.Children(expression).Any(ContainsExists);

    private static void Collect(PatternNode node, HashSet<Variable> set)
    {
        if (node is Variable v)
        {
            set.Add(v);
        }
    }

    private static void Collect(Operator op, HashSet<Variable> set)
    {
        switch (op)
        {
            case Bgp bgp:
                foreach (var t in bgp.Patterns)
                {
                    Collect(t.Subject, set);
                    Collect(t.Predicate, set);
                    Collect(t.Object, set);
                }

                break;
            case PathPattern p:
                Collect(p.Subject, set);
                Collect(p.Object, set);
                break;
            case Graph g:
                Collect(g.Name, set);
                break;
            case Extend e:
                set.Add(e.Variable);
                Collect(e.Expression, set);
                break;
            case Filter f:
                Collect(f.Condition, set);
                break;
            case LeftJoin lj when lj.Condition is not null:
                Collect(lj.Condition, set);
                break;
            case Table t:
                set.UnionWith(t.Variables);
                break;
            case Project p:
                // A sub-SELECT exposes only its projected variables.
                set.UnionWith(p.Variables);
                return;
            case Group g:
                foreach (var k in g.Keys)
                {
                    set.Add(k.Variable);
                    Collect(k.Expression, set);
                }

                foreach (var a in g.Aggregates)
                {
                    set.Add(a.Variable);
                }

                break;
            case OrderBy o:
                foreach (var c in o.Conditions)
                {
                    Collect(c.Expression, set);
                }

                break;
        }

        foreach (var child in op.Children)
        {
            Collect(child, set);
        }
    }

    private static void Collect(Expression expression, HashSet<Variable> set)
    {
        switch (expression)
        {
            case VariableExpression v:
                set.Add(v.Variable);
                break;
            case ExistsExpression ex:
                Collect(ex.Pattern, set);
                break;
        }

        foreach (var child in ExpressionTree.Children(expression))
        {
            Collect(child, set);
        }
    }
}
