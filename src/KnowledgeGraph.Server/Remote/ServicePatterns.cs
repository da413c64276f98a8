using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Server.Remote;

/// <summary>
/// Finds the SERVICE patterns of a query or update, including those inside EXISTS, so the server can apply its own
/// SERVICE policy before a remote store (which would call out from its own network) ever sees the request.
/// </summary>
public static class ServicePatterns
{
    public static IEnumerable<Service> In(Operator root)
    {
        var pending = new Stack<Operator>();
        pending.Push(root);
        while (pending.TryPop(out var op))
        {
            if (op is Service service)
            {
                yield return service;
            }

            foreach (var child in op.Children)
            {
                pending.Push(child);
            }

            var expressions = op switch
            {
                Filter f => [f.Condition],
                Extend e => [e.Expression],
                LeftJoin { Condition: { } c } => [c],
                _ => Array.Empty<Expression>(),
            };
            foreach (var pattern in expressions.SelectMany(ExistsPatterns))
            {
                pending.Push(pattern);
            }
        }
    }

    private static IEnumerable<Operator> ExistsPatterns(Expression expression)
    {
        if (expression is ExistsExpression exists)
        {
            yield return exists.Pattern;
        }

        foreach (var pattern in ExpressionTree.Children(expression).SelectMany(ExistsPatterns))
        {
            yield return pattern;
        }
    }
}
