namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>LeftJoin(Left, Right, expr)</c>: OPTIONAL; <see cref="Condition"/> holds the OPTIONAL's filters (null: true).</summary>
public sealed record LeftJoin(Operator Left, Operator Right, Expression? Condition = null) : Operator
{
    public override IReadOnlyList<Operator> Children => [Left, Right];

    public override TResult Accept<TResult>(IOperatorVisitor<TResult> visitor) => visitor.Visit(this);

    public override string ToString() => base.ToString();
}
