using System.Threading;

namespace KnowledgeGraph.Rdf.Model;

/// <summary>A blank node, identified by a label that is unique within the document or store that made it.</summary>
public sealed record BlankNode : Term
{
    public BlankNode(string label)
    {
        ArgumentException.ThrowIfNullOrEmpty(label);
        Label = label;
    }

    public string Label { get; }

    public override TermKind Kind => TermKind.BlankNode;

    public bool Equals(BlankNode? other) => other is not null && string.Equals(Label, other.Label, StringComparison.Ordinal);

    public override int GetHashCode() => Label.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => "_:" + Label;

    private protected override int CompareSameKind(Term other) => string.CompareOrdinal(Label, ((BlankNode)other).Label);
}

/// <summary>
/// Makes fresh blank-node labels. One allocator per reader or store, never a global one,
/// so two documents read side by side cannot collide and no static state is shared.
/// </summary>
public sealed class BlankNodeAllocator
{
    private readonly string _prefix;
    private long _next;

    public BlankNodeAllocator(string? prefix = null)
    {
        // A random prefix keeps labels from different allocators apart when their output is merged.
        _prefix = prefix ?? "b" + Guid.NewGuid().ToString("N")[..8];
    }

    public BlankNode Next() => new(_prefix + "_" + Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
