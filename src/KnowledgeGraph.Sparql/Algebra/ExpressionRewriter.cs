namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>Rewrites an expression top-down: where <c>replace</c> returns a new expression it is used as is, otherwise children are rewritten.</summary>
public static class ExpressionRewriter
{
    public static Expression Rewrite(Expression expression, Func<Expression, Expression?> replace)
    {
        if (replace(expression) is { } replaced)
        {
            return replaced;
        }

        return expression switch
        {
            UnaryExpression u => u with { Operand = Rewrite(u.Operand, replace) },
            BinaryExpression b => b with { Left = Rewrite(b.Left, replace), Right = Rewrite(b.Right, replace) },
            InExpression i => i with { Operand = Rewrite(i.Operand, replace), List = i.List.Select(e => Rewrite(e, replace)).ToValueArray() },
            FunctionCallExpression f => f with { Arguments = f.Arguments.Select(e => Rewrite(e, replace)).ToValueArray() },
            ExtensionFunctionExpression f => f with { Arguments = f.Arguments.Select(e => Rewrite(e, replace)).ToValueArray() },
            AggregateExpression a when a.Argument is not null => a with { Argument = Rewrite(a.Argument, replace) },
            _ => expression,
        };
    }
}
