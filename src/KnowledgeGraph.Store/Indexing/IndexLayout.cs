using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store.Indexing;

/// <summary>Where each quad position (S=0, P=1, O=2, G=3) goes in each index's key, and which index answers a pattern.</summary>
internal static class IndexLayout
{
    public const int IndexCount = 9;

    /// <summary>For each index, the quad position at each key position.</summary>
    private static readonly int[][] Orders =
    [
        [0, 1, 2, 3], [1, 2, 0, 3], [2, 0, 1, 3],
        [0, 1, 2, 3], [1, 2, 0, 3], [2, 0, 1, 3],
        [3, 0, 1, 2], [3, 1, 2, 0], [3, 2, 0, 1],
    ];

    public static IReadOnlyList<IndexId> TripleIndexes { get; } = [IndexId.Spo, IndexId.Pos, IndexId.Osp];

    public static IReadOnlyList<IndexId> QuadIndexes { get; } = [IndexId.Spog, IndexId.Posg, IndexId.Ospg, IndexId.Gspo, IndexId.Gpos, IndexId.Gosp];

    public static bool IsTripleIndex(IndexId index) => index < IndexId.Spog;

    public static int[] Order(IndexId index) => Orders[(int)index];

    public static Key4 ToKey(IndexId index, in EncodedQuad q)
    {
        var o = Orders[(int)index];
        return new Key4(q[o[0]], q[o[1]], q[o[2]], q[o[3]]);
    }

    public static EncodedQuad FromKey(IndexId index, in Key4 key)
    {
        Span<ulong> c = stackalloc ulong[4];
        var o = Orders[(int)index];
        for (var i = 0; i < 4; i++)
        {
            c[o[i]] = key[i];
        }

        return new EncodedQuad(new TermId(c[0]), new TermId(c[1]), new TermId(c[2]), new TermId(c[3]));
    }

    /// <summary>
    /// The index family (0: S-first, 1: P-first, 2: O-first) whose key starts with exactly the bound ones
    /// of S, P, O, and how many of them are bound.
    /// </summary>
    public static (int Family, int Bound) Plan(QuadPattern p)
    {
        var mask = (p.Subject is null ? 0 : 1) | (p.Predicate is null ? 0 : 2) | (p.Obj is null ? 0 : 4);
        return mask switch
        {
            0 => (0, 0),
            1 => (0, 1),
            2 => (1, 1),
            4 => (2, 1),
            3 => (0, 2),
            6 => (1, 2),
            5 => (2, 2),
            _ => (0, 3),
        };
    }

    /// <summary>The prefix key for a pattern in an index (unbound components zero).</summary>
    public static Key4 PrefixKey(IndexId index, QuadPattern p, int length)
    {
        var o = Orders[(int)index];
        Span<ulong> c = stackalloc ulong[4];
        for (var i = 0; i < length; i++)
        {
            c[i] = p[o[i]]!.Value.Value;
        }

        return Key4.FromComponents(c);
    }
}
