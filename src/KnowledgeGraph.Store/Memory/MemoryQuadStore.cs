using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Indexing;

namespace KnowledgeGraph.Store.Memory;

/// <summary>
/// The in-memory backend: a compact dictionary and nine copy-on-write compressed indexes. A commit builds the
/// next <see cref="MemoryState"/> and publishes it with one reference swap; a snapshot is a reference to a state.
/// </summary>
public sealed class MemoryQuadStore : IQuadStore
{
    private readonly SemaphoreSlim _writer = new(1, 1);
    private MemoryState _state = MemoryState.Empty;

    internal MemoryDictionary Dictionary { get; } = new();

    internal MemoryState State => Volatile.Read(ref _state);

    public string? Location => null;

    /// <summary>Bytes held by the dictionary and the indexes (allocated sizes, not counting .NET object headers of arrays).</summary>
    public long EstimatedByteSize => Dictionary.ByteSize + State.Indexes.Sum(i => i.ByteSize);

    public IStoreSnapshot OpenSnapshot(bool unionDefaultGraph = false) => new MemorySnapshot(this, State, unionDefaultGraph);

    public IStoreWriteTransaction BeginWrite()
    {
        _writer.Wait();
        return new MemoryWriteTransaction(this);
    }

    internal void Publish(MemoryState state) => Volatile.Write(ref _state, state);

    internal void EndWrite() => _writer.Release();

    public void Dispose() => _writer.Dispose();

    private sealed class MemorySnapshot(MemoryQuadStore store, MemoryState state, bool union) : IStoreSnapshot, IIndexSource
    {
        public bool UnionDefaultGraph => union;

        public StoreStatistics Statistics => state.Statistics;

        public IReadOnlyCollection<TermId> NamedGraphs => GraphRecords.NamedGraphs(state.CreatedGraphs, state.Statistics);

        public IReadOnlySet<TermId> CreatedGraphs => state.CreatedGraphs;

        public bool GraphExists(TermId graph) => GraphRecords.Exists(state.CreatedGraphs, state.Statistics, graph);

        public IEnumerable<EncodedQuad> Match(QuadPattern pattern) => QuadMatcher.Match(state, pattern, union);

        public CardinalityEstimate Estimate(QuadPattern pattern) => QuadMatcher.Estimate(state, pattern, union);

        public Term Decode(TermId id) => store.Dictionary.Decode(id);

        public bool TryGetId(Term term, out TermId id) => store.Dictionary.TryGetId(term, out id);

        public IEnumerable<Key4> Scan(IndexId index, Key4 prefix, int length) => state.Scan(index, prefix, length);

        public CardinalityEstimate Count(IndexId index, Key4 prefix, int length, long cap) => state.Count(index, prefix, length, cap);

        public bool Contains(IndexId index, Key4 key) => state.Contains(index, key);

        public void Dispose()
        {
        }
    }
}
