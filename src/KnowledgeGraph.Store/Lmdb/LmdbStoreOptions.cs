namespace KnowledgeGraph.Store.Lmdb;

/// <summary>How an LMDB store is opened.</summary>
public sealed record LmdbStoreOptions
{
    /// <summary>
    /// The initial memory-map size: address space reserved, not disk used (the file grows with the data), so a
    /// terabyte costs nothing on a 64-bit system and growth (which must wait for readers) stays rare.
    /// When a commit finds the map full, the store doubles it and retries the commit.
    /// </summary>
    public long InitialMapSize { get; init; } = 1L << 40;

    /// <summary>
    /// How long a commit that must grow the map waits for open read snapshots to close (new ones wait meanwhile),
    /// before it fails. LMDB cannot resize while a transaction is open in the process.
    /// </summary>
    public TimeSpan MapGrowthWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Most read snapshots open at once (LMDB reader slots).</summary>
    public int MaxReaders { get; init; } = 1024;

    /// <summary>
    /// Entries (per direction) of the decoded-term cache shared by every snapshot of the opened store (see
    /// <see cref="Encoding.TermCache"/>); 0 turns it off.
    /// </summary>
    public int TermCacheCapacity { get; init; } = Encoding.TermCache.DefaultCapacity;

    public static LmdbStoreOptions Default { get; } = new();
}
