namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>Slice(Input, offset, limit)</c>: OFFSET and LIMIT (null: absent).</summary>
public sealed record Slice(Operator Input, long? Offset, long? Limit) : Operator
{
    public override IReadOnlyList<Operator> Children => [Input];

    public override TResult Accept<TResult>(IOperatorVisitor<TResult> visitor) => visitor.Visit(this);

    public override string ToString() => base.ToString();
}
