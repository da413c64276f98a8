using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store.Sparql;

/// <summary>
/// What a backend's snapshot can offer <see cref="StoreQuadSource"/> beyond <see cref="IStoreSnapshot"/>: matches
/// straight into the engine's id quads (no <see cref="EncodedQuad"/> per quad, no enumerator per probe), and whether
/// decoding already goes through a store-wide term cache (then the source keeps no per-query copy of its own).
/// </summary>
internal interface ISnapshotIdReads
{
    /// <summary>True when <see cref="IStoreSnapshot.Decode"/> and <see cref="IStoreSnapshot.TryGetId"/> are served from a cache shared by all snapshots.</summary>
    bool SharesTermCache { get; }

    /// <summary>The quads matching the pattern, as id quads, each once (the same quads as <see cref="IStoreSnapshot.Match"/>).</summary>
    IEnumerable<QuadIds> MatchIds(QuadPattern pattern);

    /// <summary>Appends the quads matching the pattern to <paramref name="into"/>.</summary>
    void MatchInto(QuadPattern pattern, List<QuadIds> into);
}
