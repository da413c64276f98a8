namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// A SPARQL algebra operator (section 18.2): immutable, with structural equality. Walk it with
/// pattern matching (<c>switch (op) { case Join j: ... }</c>) or an <see cref="IOperatorVisitor{TResult}"/>.
/// <see cref="ToString"/> prints the SSE form (Jena style).
/// </summary>
public abstract record Operator
{
    private protected Operator()
    {
    }

    /// <summary>The direct sub-operators, left to right (not those inside EXISTS expressions).</summary>
    public abstract IReadOnlyList<Operator> Children { get; }

    public abstract TResult Accept<TResult>(IOperatorVisitor<TResult> visitor);

    public override string ToString() => SsePrinter.Print(this);
}
