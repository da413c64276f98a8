namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// In-scope variables of an operator (SPARQL 1.1 section 18.2.1), in order of first appearance, and the
/// variables an expression mentions. Used by the parser's scope rules and by <c>SELECT *</c>.
/// </summary>
public static class VariableScope
{
    public static IReadOnlyList<Variable> InScope(Operator op)
    {
        var seen = new HashSet<Variable>();
        var list = new List<Variable>();
        Collect(op, seen, list);
        return list;
    }

    /// <summary>The variables <paramref name="expression"/> reads, outside EXISTS patterns.</summary>
    public static IReadOnlyList<Variable> Mentioned(Expression expression)
    {
        var list = new List<Variable>();
        Collect(expression, list);
        return list;
    }

    private static void Add(Variable v, HashSet<Variable> seen, List<Variable> list)
    {
        if (seen.Add(v))
        {
            list.Add(v);
        }
    }

    private static void AddNode(PatternNode node, HashSet<Variable> seen, List<Variable> list)
    {
        if (node is Variable v)
        {
            Add(v, seen, list);
        }
    }

    private static void Collect(Operator op, HashSet<Variable> seen, List<Variable> list)
    {
        switch (op)
        {
            case Bgp bgp:
                foreach (var t in bgp.Patterns)
                {
                    AddNode(t.Subject, seen, list);
                    AddNode(t.Predicate, seen, list);
                    AddNode(t.Object, seen, list);
                }

                break;
            case PathPattern p:
                AddNode(p.Subject, seen, list);
                AddNode(p.Object, seen, list);
                break;
            case Minus m:
                Collect(m.Left, seen, list);
                break;
            case Graph g:
                AddNode(g.Name, seen, list);
                Collect(g.Input, seen, list);
                break;
            case Service s:
                AddNode(s.Endpoint, seen, list);
                Collect(s.Input, seen, list);
                break;
            case Extend e:
                Collect(e.Input, seen, list);
                Add(e.Variable, seen, list);
                break;
            case Group g:
                foreach (var k in g.Keys)
                {
                    Add(k.Variable, seen, list);
                }

                foreach (var a in g.Aggregates)
                {
                    Add(a.Variable, seen, list);
                }

                break;
            case Project p:
                foreach (var v in p.Variables)
                {
                    Add(v, seen, list);
                }

                break;
            case Table t:
                foreach (var v in t.Variables)
                {
                    Add(v, seen, list);
                }

                break;
            default:
                foreach (var child in op.Children)
                {
                    Collect(child, seen, list);
                }

                break;
        }
    }

    private static void Collect(Expression e, List<Variable> list)
    {
        if (e is VariableExpression v)
        {
            list.Add(v.Variable);
        }

        foreach (var child in ExpressionTree.Children(e))
        {
            Collect(child, list);
        }
    }
}
