namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>OrderBy(Input, conditions)</c>.</summary>
public sealed record OrderBy(Operator Input, ValueArray<OrderCondition> Conditions) : Operator
{
    public override IReadOnlyList<Operator> Children => [Input];

    public override TResult Accept<TResult>(IOperatorVisitor<TResult> visitor) => visitor.Visit(this);

    public override string ToString() => base.ToString();
}
