namespace KnowledgeGraph.Store.Lmdb;

/// <summary>How an LMDB store is opened.</summary>
public sealed record LmdbStoreOptions
{
    /// <summary>
    /// The initial memory-map size: address space reserved, not disk used (the file grows with the data).
    /// When a commit finds the map full, the store doubles it and retries the commit.
    /// </summary>
    public long InitialMapSize { get; init; } = 16L << 30;

    /// <summary>Most read snapshots open at once (LMDB reader slots).</summary>
    public int MaxReaders { get; init; } = 1024;

    public static LmdbStoreOptions Default { get; } = new();
}
