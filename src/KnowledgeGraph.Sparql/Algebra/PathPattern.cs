namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A triple pattern whose predicate is a property path that is not a single link: <c>Path(X, path, Y)</c>.</summary>
public sealed record PathPattern(PatternNode Subject, PropertyPath Path, PatternNode Object) : Operator
{
    public override IReadOnlyList<Operator> Children => [];

    public override TResult Accept<TResult>(IOperatorVisitor<TResult> visitor) => visitor.Visit(this);

    public override string ToString() => base.ToString();
}
