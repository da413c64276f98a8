namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>Reduced(Input)</c>: duplicates may be removed.</summary>
public sealed record Reduced(Operator Input) : Operator
{
    public override IReadOnlyList<Operator> Children => [Input];

    public override TResult Accept<TResult>(IOperatorVisitor<TResult> visitor) => visitor.Visit(this);

    public override string ToString() => base.ToString();
}
