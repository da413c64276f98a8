using System.Collections.Immutable;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Indexing;
using LightningDB;

namespace KnowledgeGraph.Store.Lmdb;

/// <summary>A read snapshot: one LMDB read transaction, held until disposed.</summary>
internal sealed class LmdbSnapshot(LmdbQuadStore store, LightningTransaction txn, bool union) : IStoreSnapshot, IIndexSource
{
    private readonly System.Buffers.ArrayBufferWriter<byte> _scratch = new(256);
    private StoreStatistics? _statistics;
    private ImmutableHashSet<TermId>? _createdGraphs;
    private bool _disposed;

    public bool UnionDefaultGraph => union;

    public StoreStatistics Statistics => _statistics ??= LmdbReads.ReadStatistics(store, txn);

    public IReadOnlyCollection<TermId> NamedGraphs => GraphRecords.NamedGraphs(Created, Statistics);

    public IReadOnlySet<TermId> CreatedGraphs => Created;

    private ImmutableHashSet<TermId> Created => _createdGraphs ??= LmdbReads.ReadCreatedGraphs(store, txn);

    public bool GraphExists(TermId graph) => GraphRecords.Exists(Created, Statistics, graph);

    public IEnumerable<EncodedQuad> Match(QuadPattern pattern) => QuadMatcher.Match(this, pattern, union);

    public CardinalityEstimate Estimate(QuadPattern pattern) => QuadMatcher.Estimate(this, pattern, union);

    public Term Decode(TermId id)
    {
        if (id.IsDefaultGraph)
        {
            return DefaultGraph.Instance;
        }

        if (id.IsInline)
        {
            return InlineValues.Decode(id);
        }

        var bytes = LmdbReads.TermBytesOf(store, txn, (long)id.Payload)
            ?? throw new KeyNotFoundException($"No dictionary entry for id {id}.");
        return TermBytes.Read(bytes);
    }

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

        TermBytes.Write(term, _scratch);
        var seq = LmdbReads.FindTerm(store, txn, _scratch.WrittenSpan, TermHash.Compute(_scratch.WrittenSpan));
        if (seq < 0)
        {
            return false;
        }

        id = TermId.Create(TermBytes.TagOf(term), (ulong)seq);
        return true;
    }

    public IEnumerable<Key4> Scan(IndexId index, Key4 prefix, int length) => LmdbReads.Scan(store, txn, index, prefix, length);

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

        long n = 0;
        foreach (var _ in Scan(index, prefix, length))
        {
            if (++n > cap)
            {
                return new CardinalityEstimate(Guess(index, prefix, length, n), false);
            }
        }

        return new CardinalityEstimate(n, true);
    }

    public bool Contains(IndexId index, Key4 key) => LmdbReads.Contains(store, txn, index, key);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        txn.Dispose();
        store.SnapshotClosed();
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
}
