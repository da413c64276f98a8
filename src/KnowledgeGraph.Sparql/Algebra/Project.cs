namespace KnowledgeGraph.Sparql.Algebra;

/// <summary><c>Project(Input, vars)</c>.</summary>
public sealed record Project(Operator Input, ValueArray<Variable> Variables) : Operator
{
    public override IReadOnlyList<Operator> Children => [Input];

    public override TResult Accept<TResult>(IOperatorVisitor<TResult> visitor) => visitor.Visit(this);

    public override string ToString() => base.ToString();
}
