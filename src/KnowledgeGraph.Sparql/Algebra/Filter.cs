namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>Filter(expr, Input)</c>: several FILTERs of a group are combined with &amp;&amp;.</summary>
public sealed record Filter(Expression Condition, Operator Input) : Operator
{
    public override IReadOnlyList<Operator> Children => [Input];

    public override TResult Accept<TResult>(IOperatorVisitor<TResult> visitor) => visitor.Visit(this);

    public override string ToString() => base.ToString();
}
