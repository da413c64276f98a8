namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// The direct sub-expressions of an expression, so that every walk over expressions (scoping, variable
/// collection, EXISTS detection) shares one list of expression shapes. The pattern inside an EXISTS is not
/// an expression and is not returned: walks that need it look at <see cref="ExistsExpression.Pattern"/>.
/// </summary>
public static class ExpressionTree
{
    public static IEnumerable<Expression> Children(Expression expression) => expression switch
    {
        UnaryExpression u => [u.Operand],
        BinaryExpression b => [b.Left, b.Right],
        InExpression i => [i.Operand, .. i.List],
        FunctionCallExpression f => f.Arguments,
        ExtensionFunctionExpression x => x.Arguments,
        AggregateExpression { Argument: { } argument } => [argument],
        _ => [],
    };
}
