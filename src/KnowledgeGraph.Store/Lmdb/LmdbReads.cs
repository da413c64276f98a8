using System.Buffers.Binary;
using System.Collections.Immutable;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Indexing;
using LightningDB;

namespace KnowledgeGraph.Store.Lmdb;

/// <summary>Reads shared by snapshots and the writer, each within a given LMDB transaction.</summary>
internal static class LmdbReads
{
    public static readonly byte[] TotalKey = "T"u8.ToArray();
    public static readonly byte[] SubjectsKey = "S"u8.ToArray();
    public static readonly byte[] ObjectsKey = "O"u8.ToArray();
    public static readonly byte[] NextSeqKey = "next"u8.ToArray();
    public const byte PredicatePrefix = (byte)'p';
    public const byte GraphPrefix = (byte)'g';

    public static int Width(IndexId index) => IndexLayout.IsTripleIndex(index) ? 3 : 4;

    public static bool HasPrefix(LmdbQuadStore store, LightningTransaction txn, IndexId index, ulong first)
    {
        Span<byte> prefix = stackalloc byte[KeyCodec.MaxComponentBytes];
        var n = KeyCodec.WriteComponent(prefix, first);
        using var cursor = txn.CreateCursor(store.Indexes[(int)index]);
        if (cursor.SetRange(prefix[..n]) != MDBResultCode.Success)
        {
            return false;
        }

        var (_, key, _) = cursor.GetCurrent();
        return key.AsSpan().StartsWith(prefix[..n]);
    }

    public static bool Contains(LmdbQuadStore store, LightningTransaction txn, IndexId index, in Key4 key)
    {
        Span<byte> bytes = stackalloc byte[KeyCodec.MaxComponentBytes * 4];
        var n = KeyCodec.Write(bytes, key, Width(index));
        return txn.Get(store.Indexes[(int)index], bytes[..n]).resultCode == MDBResultCode.Success;
    }

    public static bool HasSubject(LmdbQuadStore store, LightningTransaction txn, ulong s) =>
        HasPrefix(store, txn, IndexId.Spo, s) || HasPrefix(store, txn, IndexId.Spog, s);

    public static bool HasObject(LmdbQuadStore store, LightningTransaction txn, ulong o) =>
        HasPrefix(store, txn, IndexId.Osp, o) || HasPrefix(store, txn, IndexId.Ospg, o);

    /// <summary>
    /// The term of a dictionary entry, read from the stored bytes in place (they stay valid for the transaction's
    /// life; no copy), or null.
    /// </summary>
    public static Rdf.Model.Term? TermOf(LmdbQuadStore store, LightningTransaction txn, long seq)
    {
        Span<byte> key = stackalloc byte[KeyCodec.MaxComponentBytes];
        var n = KeyCodec.WriteComponent(key, (ulong)seq);
        var (code, _, value) = txn.Get(store.IdToTerm, key[..n]);
        return code == MDBResultCode.Success ? TermBytes.Read(value.AsSpan()) : null;
    }

    /// <summary>Finds a term's sequence number: the hash narrows the candidates, the bytes decide.</summary>
    public static long FindTerm(LmdbQuadStore store, LightningTransaction txn, ReadOnlySpan<byte> termBytes, ulong hash)
    {
        Span<byte> prefix = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(prefix, hash);
        using var cursor = txn.CreateCursor(store.TermToId);
        var code = cursor.SetRange(prefix);
        while (code == MDBResultCode.Success)
        {
            var (_, key, _) = cursor.GetCurrent();
            var span = key.AsSpan();
            if (!span.StartsWith(prefix))
            {
                return -1;
            }

            var at = 8;
            var seq = (long)KeyCodec.ReadComponent(span, ref at);
            if (StoredBytesEqual(store, txn, seq, termBytes))
            {
                return seq;
            }

            code = cursor.Next().resultCode;
        }

        return -1;
    }

    private static bool StoredBytesEqual(LmdbQuadStore store, LightningTransaction txn, long seq, ReadOnlySpan<byte> termBytes)
    {
        Span<byte> key = stackalloc byte[KeyCodec.MaxComponentBytes];
        var n = KeyCodec.WriteComponent(key, (ulong)seq);
        var (code, _, value) = txn.Get(store.IdToTerm, key[..n]);
        return code == MDBResultCode.Success && termBytes.SequenceEqual(value.AsSpan());
    }

    /// <summary>The named graphs recorded as existing even without quads.</summary>
    public static ImmutableHashSet<TermId> ReadCreatedGraphs(LmdbQuadStore store, LightningTransaction txn)
    {
        var graphs = ImmutableHashSet.CreateBuilder<TermId>();
        using var cursor = txn.CreateCursor(store.Graphs);
        var code = cursor.First().resultCode;
        while (code == MDBResultCode.Success)
        {
            var (_, key, _) = cursor.GetCurrent();
            var at = 0;
            graphs.Add(new TermId(KeyCodec.ReadComponent(key.AsSpan(), ref at)));
            code = cursor.Next().resultCode;
        }

        return graphs.ToImmutable();
    }

    public static long ReadLong(LmdbQuadStore store, LightningTransaction txn, LightningDatabase db, byte[] key)
    {
        var (code, _, value) = txn.Get(db, key);
        return code == MDBResultCode.Success ? BinaryPrimitives.ReadInt64BigEndian(value.AsSpan()) : 0;
    }

    public static StoreStatistics ReadStatistics(LmdbQuadStore store, LightningTransaction txn)
    {
        var perPredicate = ImmutableDictionary.CreateBuilder<TermId, long>();
        var perGraph = ImmutableDictionary.CreateBuilder<TermId, long>();
        long total = 0, subjects = 0, objects = 0;
        using var cursor = txn.CreateCursor(store.Stats);
        var code = cursor.First().resultCode;
        while (code == MDBResultCode.Success)
        {
            var (_, k, v) = cursor.GetCurrent();
            var key = k.AsSpan();
            var value = BinaryPrimitives.ReadInt64BigEndian(v.AsSpan());
            if (key.SequenceEqual(TotalKey))
            {
                total = value;
            }
            else if (key.SequenceEqual(SubjectsKey))
            {
                subjects = value;
            }
            else if (key.SequenceEqual(ObjectsKey))
            {
                objects = value;
            }
            else if (key[0] is PredicatePrefix or GraphPrefix)
            {
                var at = 1;
                var id = new TermId(KeyCodec.ReadComponent(key, ref at));
                (key[0] == PredicatePrefix ? perPredicate : perGraph)[id] = value;
            }

            code = cursor.Next().resultCode;
        }

        return new StoreStatistics(total, subjects, objects, perPredicate.ToImmutable(), perGraph.ToImmutable());
    }
}
