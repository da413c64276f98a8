namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>Union(Left, Right)</c>.</summary>
public sealed record Union(Operator Left, Operator Right) : Operator
{
    public override IReadOnlyList<Operator> Children => [Left, Right];

    public override TResult Accept<TResult>(IOperatorVisitor<TResult> visitor) => visitor.Visit(this);

    public override string ToString() => base.ToString();
}
