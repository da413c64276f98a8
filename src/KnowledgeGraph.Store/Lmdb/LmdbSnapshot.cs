using System.Runtime.CompilerServices;
using System.Collections.Immutable;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Store.Indexing;
using KnowledgeGraph.Store.Sparql;
using LightningDB;

namespace KnowledgeGraph.Store.Lmdb;

/// <summary>A read snapshot: one LMDB read transaction, held until disposed.</summary>
internal sealed class LmdbSnapshot(LmdbQuadStore store, LightningTransaction txn, bool union) : IStoreSnapshot, IIndexSource, ISnapshotIdReads
{
    /// <summary>Quads a lazy match reads from LMDB at a time (one native call each, in a tight loop) before handing them out.</summary>
    private const int ChunkQuads = 256;

    private readonly System.Buffers.ArrayBufferWriter<byte> _scratch = new(256);

    /// <summary>One idle cursor per index, reused by the next read of that index: opening and closing an LMDB cursor per probe cost more than the seek.</summary>
    private readonly LightningCursor?[] _idleCursors = new LightningCursor?[IndexLayout.IndexCount];
    private readonly byte[] _prefix = new byte[KeyCodec.MaxComponentBytes * 4];
    private StoreStatistics? _statistics;
    private ImmutableHashSet<TermId>? _createdGraphs;
    private bool _disposed;
    private long _dictionarySize = -1;

    public bool UnionDefaultGraph => union;

    public StoreStatistics Statistics => _statistics ??= LmdbReads.ReadStatistics(store, txn);

    public IReadOnlyCollection<TermId> NamedGraphs => GraphRecords.NamedGraphs(Created, Statistics);

    public IReadOnlySet<TermId> CreatedGraphs => Created;

    private ImmutableHashSet<TermId> Created => _createdGraphs ??= LmdbReads.ReadCreatedGraphs(store, txn);

    public bool GraphExists(TermId graph) => GraphRecords.Exists(Created, Statistics, graph);

    public IEnumerable<EncodedQuad> Match(QuadPattern pattern) => QuadMatcher.Match(this, pattern, union);

    public CardinalityEstimate Estimate(QuadPattern pattern) => QuadMatcher.Estimate(this, pattern, union);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Term Decode(TermId id)
    {
        if (id.IsDefaultGraph)
        {
            return DefaultGraph.Instance;
        }

        var cache = store.TermCache;
        if (cache is not null && cache.TryGetTerm(id, out var cached))
        {
            return cached;
        }

        var term = id.IsInline
            ? InlineValues.Decode(id)
            : LmdbReads.TermOf(store, txn, (long)id.Payload) ?? throw new KeyNotFoundException($"No dictionary entry for id {id}.");
        cache?.Add(id, term);
        return term;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetId(Term term, out TermId id)
    {
        id = default;
        if (term.IsDefaultGraph)
        {
            return true;
        }

        if (term is Literal literal && InlineValues.TryEncode(literal) is { } inline)
        {
            id = inline;
            return true;
        }

        var cache = store.TermCache;
        if (cache is not null && cache.TryGetId(term, out id))
        {
            // The cache is store-wide: a term committed after this snapshot began has an id this snapshot must not see.
            if ((long)id.Payload < DictionarySize)
            {
                return true;
            }

            id = default;
            return false;
        }

        TermBytes.Write(term, _scratch);
        var seq = LmdbReads.FindTerm(store, txn, _scratch.WrittenSpan, TermHash.Compute(_scratch.WrittenSpan));
        if (seq < 0)
        {
            return false;
        }

        id = TermId.Create(TermBytes.TagOf(term), (ulong)seq);
        cache?.Add(id, term);
        return true;
    }

    /// <summary>The next sequence number as of this snapshot: every dictionary id it can see is below.</summary>
    private long DictionarySize => _dictionarySize >= 0
        ? _dictionarySize
        : _dictionarySize = LmdbReads.ReadLong(store, txn, store.Meta, LmdbReads.NextSeqKey);

    public bool SharesTermCache => store.TermCache is not null;

    public IEnumerable<QuadIds> MatchIds(QuadPattern pattern)
    {
        if (RangesOf(pattern) is not { } ranges)
        {
            return MatchIdsSlowly(pattern);
        }

        return ranges.Second is { } second
            ? ReadLazily(ranges.First, ranges.FirstKey, ranges.FirstLength).Concat(ReadLazily(second, ranges.SecondKey, ranges.SecondLength))
            : ReadLazily(ranges.First, ranges.FirstKey, ranges.FirstLength);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void MatchInto(QuadPattern pattern, List<QuadIds> into)
    {
        if (RangesOf(pattern) is not { } ranges)
        {
            into.AddRange(MatchIdsSlowly(pattern));
            return;
        }

        ReadAll(ranges.First, ranges.FirstKey, ranges.FirstLength, into);
        if (ranges.Second is { } second)
        {
            ReadAll(second, ranges.SecondKey, ranges.SecondLength, into);
        }
    }

    public IEnumerable<Key4> Scan(IndexId index, Key4 prefix, int length)
    {
        var bytes = new byte[KeyCodec.MaxComponentBytes * 4];
        var n = KeyCodec.Write(bytes, prefix, length);
        var cursor = RentCursor(index);
        try
        {
            var width = LmdbReads.Width(index);
            var (code, key, _) = n == 0 ? cursor.First() : Seek(cursor, bytes.AsSpan(0, n));
            while (code == MDBResultCode.Success && key.AsSpan().StartsWith(bytes.AsSpan(0, n)))
            {
                yield return KeyCodec.Read(key.AsSpan(), width);
                (code, key, _) = cursor.Next();
            }
        }
        finally
        {
            ReturnCursor(index, cursor);
        }
    }

    public CardinalityEstimate Count(IndexId index, Key4 prefix, int length, long cap)
    {
        // The statistics are exact for this snapshot: whole indexes and whole graphs need no walk.
        var stats = Statistics;
        var inDefault = stats.PerGraph.GetValueOrDefault(TermId.DefaultGraph);
        if (length == 0)
        {
            return new CardinalityEstimate(IndexLayout.IsTripleIndex(index) ? inDefault : stats.QuadCount - inDefault, true);
        }

        if (length == 1 && index >= IndexId.Gspo)
        {
            return new CardinalityEstimate(stats.PerGraph.GetValueOrDefault(new TermId(prefix.A)), true);
        }

        var n = KeyCodec.Write(_prefix, prefix, length);
        var cursor = RentCursor(index);
        long counted;
        try
        {
            counted = new LmdbKeyRange(cursor, index, _prefix, n).CountUpTo(cap);
        }
        finally
        {
            ReturnCursor(index, cursor);
        }

        return counted > cap
            ? new CardinalityEstimate(Guess(index, prefix, length, counted), false)
            : new CardinalityEstimate(counted, true);
    }

    public bool Contains(IndexId index, Key4 key) => LmdbReads.Contains(store, txn, index, key);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        for (var i = 0; i < _idleCursors.Length; i++)
        {
            _idleCursors[i]?.Dispose();
            _idleCursors[i] = null;
        }

        txn.Dispose();
        store.SnapshotClosed();
    }

    /// <summary>
    /// The one or two index ranges holding a pattern's quads (as <see cref="QuadMatcher.Match"/> picks them), or null for
    /// the union default graph, whose de-duplication stays in the shared matcher.
    /// </summary>
    private Ranges? RangesOf(QuadPattern pattern)
    {
        var (family, bound) = IndexLayout.Plan(pattern);
        if (pattern.Graph is { } g && !g.IsDefaultGraph)
        {
            var index = IndexId.Gspo + family;
            return new Ranges(index, bound + 1, null, 0, IndexLayout.PrefixKey(index, pattern, bound + 1), default);
        }

        var triples = IndexId.Spo + family;
        var tripleKey = IndexLayout.PrefixKey(triples, pattern, bound);
        if (pattern.Graph is not null)
        {
            return union ? null : new Ranges(triples, bound, null, 0, tripleKey, default);
        }

        var named = IndexId.Spog + family;
        return new Ranges(triples, bound, named, bound, tripleKey, IndexLayout.PrefixKey(named, pattern, bound));
    }

    private IEnumerable<QuadIds> MatchIdsSlowly(QuadPattern pattern)
    {
        foreach (var q in Match(pattern))
        {
            yield return new QuadIds((long)q.Subject.Value, (long)q.Predicate.Value, (long)q.Obj.Value, (long)q.Graph.Value);
        }
    }

    private void ReadAll(IndexId index, Key4 prefix, int length, List<QuadIds> into)
    {
        var n = KeyCodec.Write(_prefix, prefix, length);
        var cursor = RentCursor(index);
        try
        {
            new LmdbKeyRange(cursor, index, _prefix, n).FillAll(into);
        }
        finally
        {
            ReturnCursor(index, cursor);
        }
    }

    private IEnumerable<QuadIds> ReadLazily(IndexId index, Key4 prefix, int length)
    {
        var bytes = new byte[KeyCodec.MaxComponentBytes * 4];
        var n = KeyCodec.Write(bytes, prefix, length);
        var chunk = System.Buffers.ArrayPool<QuadIds>.Shared.Rent(ChunkQuads);
        var cursor = RentCursor(index);
        try
        {
            var range = new LmdbKeyRange(cursor, index, bytes, n);
            int read;
            do
            {
                read = range.Fill(chunk.AsSpan(0, ChunkQuads));
                for (var i = 0; i < read; i++)
                {
                    yield return chunk[i];
                }
            }
            while (read == ChunkQuads);
        }
        finally
        {
            ReturnCursor(index, cursor);
            System.Buffers.ArrayPool<QuadIds>.Shared.Return(chunk);
        }
    }

    /// <summary>The idle cursor of an index, or a new one when it is in use (nested lazy reads of one index).</summary>
    private LightningCursor RentCursor(IndexId index)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var cursor = _idleCursors[(int)index];
        if (cursor is null)
        {
            return txn.CreateCursor(store.Indexes[(int)index]);
        }

        _idleCursors[(int)index] = null;
        return cursor;
    }

    private void ReturnCursor(IndexId index, LightningCursor cursor)
    {
        if (_disposed || _idleCursors[(int)index] is not null)
        {
            cursor.Dispose();
            return;
        }

        _idleCursors[(int)index] = cursor;
    }

    private static (MDBResultCode, MDBValue, MDBValue) Seek(LightningCursor cursor, ReadOnlySpan<byte> prefix)
    {
        var code = cursor.SetRange(prefix);
        return code == MDBResultCode.Success ? cursor.GetCurrent() : (code, default, default);
    }

    /// <summary>Past the counting cap: the statistics' figure for the leading component when there is one, else what was counted.</summary>
    private long Guess(IndexId index, Key4 prefix, int length, long counted)
    {
        var stats = Statistics;
        var leading = IndexLayout.Order(index)[0];
        if (length == 0)
        {
            return Math.Max(counted, stats.QuadCount);
        }

        if (length == 1 && leading == 1 && stats.PerPredicate.TryGetValue(new TermId(prefix.A), out var p))
        {
            return Math.Max(counted, p);
        }

        if (length == 1 && leading == 3 && stats.PerGraph.TryGetValue(new TermId(prefix.A), out var g))
        {
            return Math.Max(counted, g);
        }

        return counted;
    }

    /// <summary>The index ranges of a pattern: the first, then (when G is unbound) the named-graph one.</summary>
    private readonly record struct Ranges(IndexId First, int FirstLength, IndexId? Second, int SecondLength, Key4 FirstKey, Key4 SecondKey);
}
