namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A basic graph pattern: a set of triple patterns matched together (empty: the unit solution).</summary>
public sealed record Bgp(ValueArray<TriplePattern> Patterns) : Operator
{
    public override IReadOnlyList<Operator> Children => [];

    public override TResult Accept<TResult>(IOperatorVisitor<TResult> visitor) => visitor.Visit(this);

    public override string ToString() => base.ToString();
}
