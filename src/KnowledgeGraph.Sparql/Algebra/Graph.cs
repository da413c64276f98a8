namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>Graph(iri or ?var, Input)</c>: evaluate Input in a named graph.</summary>
public sealed record Graph(PatternNode Name, Operator Input) : Operator
{
    public override IReadOnlyList<Operator> Children => [Input];

    public override TResult Accept<TResult>(IOperatorVisitor<TResult> visitor) => visitor.Visit(this);

    public override string ToString() => base.ToString();
}
