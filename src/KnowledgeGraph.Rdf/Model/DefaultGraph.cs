namespace KnowledgeGraph.Rdf.Model;

/// <summary>The default graph, as the graph name of a quad that belongs to no named graph.</summary>
public sealed record DefaultGraph : Term
{
    private DefaultGraph()
    {
    }

    /// <summary>The one instance (an immutable value, so sharing it is safe).</summary>
    public static DefaultGraph Instance { get; } = new();

    public override TermKind Kind => TermKind.DefaultGraph;

    public bool Equals(DefaultGraph? other) => other is not null;

    public override int GetHashCode() => 0x5eed;

    public override string ToString() => string.Empty;

    private protected override int CompareSameKind(Term other) => 0;
}
