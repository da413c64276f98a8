namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>Group</c> followed by aggregation (18.2.4.1): solutions grouped by <see cref="Keys"/> (none: one group), each aggregate bound to its (generated) variable. A query with aggregates and no GROUP BY has no keys.</summary>
public sealed record Group(Operator Input, ValueArray<GroupKey> Keys, ValueArray<AggregateBinding> Aggregates) : Operator
{
    public override IReadOnlyList<Operator> Children => [Input];

    public override TResult Accept<TResult>(IOperatorVisitor<TResult> visitor) => visitor.Visit(this);

    public override string ToString() => base.ToString();
}
