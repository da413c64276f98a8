namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>Distinct(Input)</c>.</summary>
public sealed record Distinct(Operator Input) : Operator
{
    public override IReadOnlyList<Operator> Children => [Input];

    public override TResult Accept<TResult>(IOperatorVisitor<TResult> visitor) => visitor.Visit(this);

    public override string ToString() => base.ToString();
}
