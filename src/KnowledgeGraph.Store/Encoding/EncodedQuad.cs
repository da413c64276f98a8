using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Store.Encoding;

/// <summary>A quad of term ids. <see cref="Graph"/> is <see cref="TermId.DefaultGraph"/> for the default graph.</summary>
public readonly record struct EncodedQuad(TermId Subject, TermId Predicate, TermId Obj, TermId Graph)
{
    /// <summary>The component at position 0 = S, 1 = P, 2 = O, 3 = G.</summary>
    public ulong this[int position]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => position switch
        {
            0 => Subject.Value,
            1 => Predicate.Value,
            2 => Obj.Value,
            _ => Graph.Value,
        };
    }
}
