namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>Minus(Left, Right)</c>: left solutions with no compatible right solution sharing a variable.</summary>
public sealed record Minus(Operator Left, Operator Right) : Operator
{
    public override IReadOnlyList<Operator> Children => [Left, Right];

    public override TResult Accept<TResult>(IOperatorVisitor<TResult> visitor) => visitor.Visit(this);

    public override string ToString() => base.ToString();
}
