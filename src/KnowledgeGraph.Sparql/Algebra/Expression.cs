namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// A SPARQL expression (section 17). Immutable, structural equality; <see cref="ToString"/> prints SSE.
/// </summary>
public abstract record Expression
{
    private protected Expression()
    {
    }

    public override string ToString() => SsePrinter.Print(this);
}
