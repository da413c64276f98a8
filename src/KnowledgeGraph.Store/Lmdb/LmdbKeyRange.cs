using System.Runtime.CompilerServices;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Store.Indexing;
using LightningDB;

namespace KnowledgeGraph.Store.Lmdb;

/// <summary>
/// Walks the keys of one index that start with a byte prefix, straight from LMDB's pages into id quads: one native
/// call per key (MDB_NEXT hands back the key it moves to), no <see cref="Key4"/> or <see cref="Encoding.EncodedQuad"/>
/// in between. The cursor is the caller's (snapshots reuse one per index), and the state between calls is kept
/// here so that a lazy reader can take a few hundred quads at a time.
/// </summary>
internal struct LmdbKeyRange(LightningCursor cursor, IndexId index, byte[] prefix, int prefixLength)
{
    private bool _started;
    private bool _done;

    public readonly IndexId Index => index;

    /// <summary>Fills <paramref name="into"/> from where the last call stopped; fewer than its length = the range is done.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Fill(Span<QuadIds> into)
    {
        var n = 0;
        if (_done || into.IsEmpty)
        {
            return 0;
        }

        var (code, key) = _started ? Next() : Seek();
        _started = true;
        var bound = prefix.AsSpan(0, prefixLength);
        while (true)
        {
            if (code != MDBResultCode.Success || !key.AsSpan().StartsWith(bound))
            {
                _done = true;
                return n;
            }

            into[n++] = ToQuad(key.AsSpan(), index);
            if (n == into.Length)
            {
                return n;
            }

            (code, key) = Next();
        }
    }

    /// <summary>Appends the whole range to <paramref name="into"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void FillAll(List<QuadIds> into)
    {
        var (code, key) = Seek();
        var bound = prefix.AsSpan(0, prefixLength);
        while (code == MDBResultCode.Success && key.AsSpan().StartsWith(bound))
        {
            into.Add(ToQuad(key.AsSpan(), index));
            (code, key) = Next();
        }

        _done = true;
    }

    /// <summary>How many keys the range has, counting at most <paramref name="cap"/> + 1.</summary>
    public long CountUpTo(long cap)
    {
        var (code, key) = Seek();
        var bound = prefix.AsSpan(0, prefixLength);
        long n = 0;
        while (code == MDBResultCode.Success && key.AsSpan().StartsWith(bound) && n <= cap)
        {
            n++;
            (code, key) = Next();
        }

        _done = true;
        return n;
    }

    /// <summary>The quad of an index key (default-graph triple indexes have no fourth component: graph 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static QuadIds ToQuad(ReadOnlySpan<byte> key, IndexId index)
    {
        var at = 0;
        var a = (long)KeyCodec.ReadComponent(key, ref at);
        var b = (long)KeyCodec.ReadComponent(key, ref at);
        var c = (long)KeyCodec.ReadComponent(key, ref at);
        var d = at < key.Length ? (long)KeyCodec.ReadComponent(key, ref at) : 0;
        return index switch
        {
            IndexId.Spo or IndexId.Spog => new QuadIds(a, b, c, d),
            IndexId.Pos or IndexId.Posg => new QuadIds(c, a, b, d),
            IndexId.Osp or IndexId.Ospg => new QuadIds(b, c, a, d),
            IndexId.Gspo => new QuadIds(b, c, d, a),
            IndexId.Gpos => new QuadIds(d, b, c, a),
            _ => new QuadIds(c, d, b, a),
        };
    }

    private readonly (MDBResultCode, MDBValue) Seek()
    {
        if (prefixLength == 0)
        {
            var (first, key, _) = cursor.First();
            return (first, key);
        }

        // SET_RANGE leaves the key it found in the cursor but LightningDB does not hand it back: ask for it.
        var code = cursor.SetRange(prefix.AsSpan(0, prefixLength));
        if (code != MDBResultCode.Success)
        {
            return (code, default);
        }

        var (current, found, _) = cursor.GetCurrent();
        return (current, found);
    }

    private readonly (MDBResultCode, MDBValue) Next()
    {
        var (code, key, _) = cursor.Next();
        return (code, key);
    }
}
