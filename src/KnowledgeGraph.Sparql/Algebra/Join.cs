namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>Join(Left, Right)</c>: compatible solutions merged.</summary>
public sealed record Join(Operator Left, Operator Right) : Operator
{
    public override IReadOnlyList<Operator> Children => [Left, Right];

    public override TResult Accept<TResult>(IOperatorVisitor<TResult> visitor) => visitor.Visit(this);

    public override string ToString() => base.ToString();
}
