namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>Service(endpoint, Input, silent)</c>: a federated sub-query (evaluation is off by default).</summary>
public sealed record Service(PatternNode Endpoint, Operator Input, bool Silent) : Operator
{
    public override IReadOnlyList<Operator> Children => [Input];

    public override TResult Accept<TResult>(IOperatorVisitor<TResult> visitor) => visitor.Visit(this);

    public override string ToString() => base.ToString();
}
