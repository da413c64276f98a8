using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Remote;

/// <summary>
/// The variables a query binds to a boolean-valued expression (<c>BIND(EXISTS {...} AS ?x)</c>, a comparison, a
/// logical operator, a boolean builtin). Stores that give booleans back as 1/0 integers (Virtuoso) are put right for
/// these variables only, so a stored integer 1 is never mistaken for true.
/// </summary>
public static class BooleanVariables
{
    /// <summary>The boolean-bound variables of a query text; empty when it does not parse (then nothing is corrected).</summary>
    public static IReadOnlySet<string> Of(string queryText)
    {
        try
        {
            return Of(SparqlParser.ParseQuery(queryText).Pattern);
        }
        catch (SparqlParseException)
        {
            return new HashSet<string>();
        }
    }

    public static IReadOnlySet<string> Of(Operator root)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Operator>();
        pending.Push(root);
        while (pending.TryPop(out var op))
        {
            if (op is Extend extend && IsBoolean(extend.Expression))
            {
                names.Add(extend.Variable.Name);
            }

            foreach (var child in op.Children)
            {
                pending.Push(child);
            }
        }

        return names;
    }

    private static bool IsBoolean(Expression expression) => expression switch
    {
        ExistsExpression => true,
        InExpression => true,
        UnaryExpression { Operator: UnaryOperator.Not } => true,
        BinaryExpression { Operator: not (BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide) } => true,
        FunctionCallExpression f => f.Function is BuiltinFunction.LangMatches or BuiltinFunction.Bound or BuiltinFunction.Contains
            or BuiltinFunction.StrStarts or BuiltinFunction.StrEnds or BuiltinFunction.SameTerm or BuiltinFunction.IsIri
            or BuiltinFunction.IsBlank or BuiltinFunction.IsLiteral or BuiltinFunction.IsNumeric or BuiltinFunction.Regex,
        _ => false,
    };
}
