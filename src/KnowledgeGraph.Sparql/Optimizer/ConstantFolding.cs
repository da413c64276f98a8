using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>
/// Folds variable-free, deterministic sub-expressions into constants. A sub-expression that evaluates to an
/// error is left as it is, so that the error still happens at run time with its usual effect.
/// </summary>
public sealed class ConstantFolding
{
    private readonly ExpressionCompiler _compiler;

    public ConstantFolding(string? baseIri)
    {
        _compiler = new ExpressionCompiler(new VariableTable(), new QueryContext(baseIri), _ => (_, _) => null);
    }

    public Expression Fold(Expression expression)
    {
        switch (expression)
        {
            case ConstantExpression or VariableExpression or ExistsExpression or AggregateExpression:
                return expression;
            case FunctionCallExpression f when f.Function is BuiltinFunction.Rand or BuiltinFunction.Now or BuiltinFunction.Uuid
                or BuiltinFunction.StrUuid or BuiltinFunction.BNode or BuiltinFunction.Bound:
                return f with { Arguments = f.Arguments.Select(Fold).ToValueArray() };
        }

        var folded = expression switch
        {
            UnaryExpression u => u with { Operand = Fold(u.Operand) },
            BinaryExpression b => b with { Left = Fold(b.Left), Right = Fold(b.Right) },
            InExpression i => i with { Operand = Fold(i.Operand), List = i.List.Select(Fold).ToValueArray() },
            FunctionCallExpression f => f with { Arguments = f.Arguments.Select(Fold).ToValueArray() },
            ExtensionFunctionExpression e => e with { Arguments = e.Arguments.Select(Fold).ToValueArray() },
            _ => expression,
        };
        if (!AllConstant(folded))
        {
            return folded;
        }

        var value = _compiler.Compile(folded)([], ActiveGraph.SourceDefault);
        return value is null ? folded : new ConstantExpression(value);
    }

    private static bool AllConstant(Expression expression) => expression switch
    {
        ConstantExpression => true,
        UnaryExpression u => u.Operand is ConstantExpression,
        BinaryExpression b => b.Left is ConstantExpression && b.Right is ConstantExpression,
        InExpression i => i.Operand is ConstantExpression && i.List.All(x => x is ConstantExpression),
        FunctionCallExpression f => f.Arguments.All(x => x is ConstantExpression)
            && f.Function is not (BuiltinFunction.Rand or BuiltinFunction.Now or BuiltinFunction.Uuid or BuiltinFunction.StrUuid
                or BuiltinFunction.BNode or BuiltinFunction.Bound or BuiltinFunction.Coalesce or BuiltinFunction.If),
        ExtensionFunctionExpression e => e.Arguments.All(x => x is ConstantExpression),
        _ => false,
    };

    /// <summary>True when the expression is the constant boolean true.</summary>
    public static bool IsTrue(Expression expression) =>
        expression is ConstantExpression { Value: Literal l } && Literals.True.Equals(l);
}
