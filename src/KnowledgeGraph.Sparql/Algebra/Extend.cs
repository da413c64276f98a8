namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>Extend(Input, ?var, expr)</c>: BIND and SELECT expressions; an error leaves the variable unbound.</summary>
public sealed record Extend(Operator Input, Variable Variable, Expression Expression) : Operator
{
    public override IReadOnlyList<Operator> Children => [Input];

    public override TResult Accept<TResult>(IOperatorVisitor<TResult> visitor) => visitor.Visit(this);

    public override string ToString() => base.ToString();
}
