namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// A GROUP BY key: the expression and the variable it binds. <c>GROUP BY ?x</c> is (?x, ?x);
/// <c>GROUP BY (expr AS ?v)</c> is (?v, expr); a bare <c>GROUP BY expr</c> gets a generated variable.
/// </summary>
public sealed record GroupKey(Variable Variable, Expression Expression)
{
    public bool IsPlainVariable => Expression is VariableExpression v && v.Variable == Variable;
}
