using System.Collections.Immutable;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Indexing;

namespace KnowledgeGraph.Store.Memory;

/// <summary>One committed version of the in-memory store: nine immutable indexes and their statistics.</summary>
internal sealed class MemoryState : IIndexSource
{
    public MemoryState(MemoryIndex[] indexes, StoreStatistics statistics, ImmutableHashSet<TermId> createdGraphs)
    {
        Indexes = indexes;
        Statistics = statistics;
        CreatedGraphs = createdGraphs;
    }

    public MemoryIndex[] Indexes { get; }

    public StoreStatistics Statistics { get; }

    /// <summary>Named graphs recorded as existing even without quads (see <see cref="GraphRecords"/>).</summary>
    public ImmutableHashSet<TermId> CreatedGraphs { get; }

    public static MemoryState Empty { get; } = new(
        Enumerable.Range(0, IndexLayout.IndexCount).Select(i => MemoryIndex.Empty(IndexLayout.IsTripleIndex((IndexId)i) ? 3 : 4)).ToArray(),
        StoreStatistics.Empty,
        []);

    public IEnumerable<Key4> Scan(IndexId index, Key4 prefix, int length) => Indexes[(int)index].Scan(prefix, length);

    public CardinalityEstimate Count(IndexId index, Key4 prefix, int length, long cap) =>
        new(Indexes[(int)index].CountPrefix(prefix, length), true);

    public bool Contains(IndexId index, Key4 key) => Indexes[(int)index].Contains(key);

    public bool HasSubject(ulong s) =>
        Indexes[(int)IndexId.Spo].HasPrefix(new Key4(s, 0, 0, 0), 1) || Indexes[(int)IndexId.Spog].HasPrefix(new Key4(s, 0, 0, 0), 1);

    public bool HasObject(ulong o) =>
        Indexes[(int)IndexId.Osp].HasPrefix(new Key4(o, 0, 0, 0), 1) || Indexes[(int)IndexId.Ospg].HasPrefix(new Key4(o, 0, 0, 0), 1);
}
