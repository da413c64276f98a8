using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Store.Indexing;

/// <summary>A quad's four ids in one index's order (for the triple indexes of the default graph, D is 0).</summary>
internal readonly record struct Key4(ulong A, ulong B, ulong C, ulong D) : IComparable<Key4>
{
    public ulong this[int i]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => i switch
        {
            0 => A,
            1 => B,
            2 => C,
            _ => D,
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int CompareTo(Key4 other)
    {
        if (A != other.A)
        {
            return A < other.A ? -1 : 1;
        }

        if (B != other.B)
        {
            return B < other.B ? -1 : 1;
        }

        if (C != other.C)
        {
            return C < other.C ? -1 : 1;
        }

        return D == other.D ? 0 : D < other.D ? -1 : 1;
    }

    /// <summary>The key with components from <paramref name="length"/> on set to <paramref name="fill"/>.</summary>
    public Key4 Prefix(int length, ulong fill) => new(
        length > 0 ? A : fill,
        length > 1 ? B : fill,
        length > 2 ? C : fill,
        length > 3 ? D : fill);

    public bool HasPrefix(in Key4 prefix, int length) =>
        (length < 1 || A == prefix.A) && (length < 2 || B == prefix.B) && (length < 3 || C == prefix.C) && (length < 4 || D == prefix.D);

    public static Key4 FromComponents(ReadOnlySpan<ulong> c) => new(c[0], c[1], c[2], c[3]);
}

/// <summary>A key to insert (true) or delete (false).</summary>
internal readonly record struct KeyChange(Key4 Key, bool Insert);

/// <summary>Orders <see cref="KeyChange"/>s by key (a struct comparer so the sort inlines it).</summary>
internal readonly struct KeyChangeComparer : IComparer<KeyChange>
{
    public int Compare(KeyChange x, KeyChange y) => x.Key.CompareTo(y.Key);
}

/// <summary>Orders keys (a struct comparer so the sort inlines it).</summary>
internal readonly struct Key4Comparer : IComparer<Key4>
{
    public int Compare(Key4 x, Key4 y) => x.CompareTo(y);
}
