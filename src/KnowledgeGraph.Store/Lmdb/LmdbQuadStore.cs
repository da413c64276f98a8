using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Indexing;
using LightningDB;

namespace KnowledgeGraph.Store.Lmdb;

/// <summary>
/// The durable backend on LMDB: nine index tables of compact keys with empty values, the dictionary in two
/// tables (id to term bytes; hash and id to nothing, for the reverse lookup), statistics and metadata.
/// Commits are synchronous (LMDB syncs on commit), readers are LMDB read transactions (MVCC snapshots that
/// never block the writer or each other), and writers go one at a time.
/// </summary>
public sealed class LmdbQuadStore : IQuadStore
{
    private static readonly string[] IndexNames = ["spo", "pos", "osp", "spog", "posg", "ospg", "gspo", "gpos", "gosp"];

    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly LightningEnvironment _env;
    private int _openSnapshots;
    private readonly Lock _mapLock = new();
    private readonly LmdbStoreOptions _options;

    private LmdbQuadStore(string directory, LmdbStoreOptions options)
    {
        _options = options;
        TermCache = options.TermCacheCapacity > 0 ? new TermCache(options.TermCacheCapacity) : null;
        NativeLmdb.EnsureResolver();
        Location = Path.GetFullPath(directory);
        Directory.CreateDirectory(Location);
        var dataFile = Path.Combine(Location, "data.mdb");
        var existing = File.Exists(dataFile) ? new FileInfo(dataFile).Length : 0;
        _env = new LightningEnvironment(Location, new EnvironmentConfiguration
        {
            MapSize = Math.Max(options.InitialMapSize, RoundUp(existing * 2)),
            MaxDatabases = 16,
            MaxReaders = options.MaxReaders,
        });

        // NoThreadLocalStorage: reader slots belong to transactions, so a thread may hold several snapshots
        // and a snapshot may move between threads. No NoSync: a commit is on disk when Commit returns.
        _env.Open(EnvironmentOpenFlags.NoThreadLocalStorage);
        using var txn = _env.BeginTransaction();
        var config = new DatabaseConfiguration { Flags = DatabaseOpenFlags.Create };
        Indexes = IndexNames.Select(n => txn.OpenDatabase(n, config)).ToArray();
        IdToTerm = txn.OpenDatabase("id2term", config);
        TermToId = txn.OpenDatabase("term2id", config);
        Stats = txn.OpenDatabase("stats", config);
        Meta = txn.OpenDatabase("meta", config);
        Graphs = txn.OpenDatabase("graphs", config);
        txn.Commit().ThrowOnError();
    }

    public string? Location { get; }

    internal LightningEnvironment Environment => _env;

    /// <summary>
    /// Decoded terms shared by every snapshot of this opened store (null when turned off): they outlive each query's
    /// <see cref="Sparql.StoreQuadSource"/>, as they would across requests in the server.
    /// </summary>
    public TermCache? TermCache { get; }

    internal LightningDatabase[] Indexes { get; }

    internal LightningDatabase IdToTerm { get; }

    internal LightningDatabase TermToId { get; }

    internal LightningDatabase Stats { get; }

    internal LightningDatabase Meta { get; }

    /// <summary>Named graphs recorded as existing even without quads: key = the graph id (one component), empty value.</summary>
    internal LightningDatabase Graphs { get; }

    /// <summary>Opens (creating when needed) the store in a directory.</summary>
    public static LmdbQuadStore Open(string directory, LmdbStoreOptions? options = null) => new(directory, options ?? LmdbStoreOptions.Default);

    public IStoreSnapshot OpenSnapshot(bool unionDefaultGraph = false)
    {
        // Under the map lock, so that a snapshot cannot begin between GrowMap's "no snapshot is open" check
        // and its mdb_env_set_mapsize: LMDB crashes the process if a transaction starts during a resize.
        lock (_mapLock)
        {
            Interlocked.Increment(ref _openSnapshots);
            try
            {
                return new LmdbSnapshot(this, _env.BeginTransaction(TransactionBeginFlags.ReadOnly), unionDefaultGraph);
            }
            catch
            {
                Interlocked.Decrement(ref _openSnapshots);
                throw;
            }
        }
    }

    public IStoreWriteTransaction BeginWrite()
    {
        _writer.Wait();
        try
        {
            return new LmdbWriteTransaction(this);
        }
        catch
        {
            _writer.Release();
            throw;
        }
    }

    /// <summary>
    /// A consistent copy of the store into an empty or new directory while it stays in use: LMDB copies from
    /// one read transaction, so the copy is a committed state; compacting leaves out free pages.
    /// </summary>
    public void Backup(string targetDirectory)
    {
        Directory.CreateDirectory(targetDirectory);
        if (Directory.EnumerateFileSystemEntries(targetDirectory).Any())
        {
            throw new IOException($"Backup target {targetDirectory} is not empty.");
        }

        _env.CopyTo(targetDirectory, true).ThrowOnError();
    }

    /// <summary>Bytes of the data file on disk.</summary>
    public long FileSize => new FileInfo(Path.Combine(Location!, "data.mdb")).Length;

    public void Dispose()
    {
        foreach (var db in Indexes)
        {
            db.Dispose();
        }

        IdToTerm.Dispose();
        TermToId.Dispose();
        Stats.Dispose();
        Meta.Dispose();
        Graphs.Dispose();
        _env.Dispose();
        _writer.Dispose();
    }

    internal void SnapshotClosed() => Interlocked.Decrement(ref _openSnapshots);

    internal void EndWrite() => _writer.Release();

    /// <summary>Doubles the map after a commit met MDB_MAP_FULL. LMDB allows this only with no transaction open in the process.</summary>
    internal void GrowMap()
    {
        // Holding the lock stops new snapshots from starting; the open ones are queries that end (they have
        // timeouts), so wait for them to drain rather than fail the commit.
        lock (_mapLock)
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (Volatile.Read(ref _openSnapshots) > 0)
            {
                if (waited.Elapsed > _options.MapGrowthWait)
                {
                    throw new InvalidOperationException(
                        $"The store's memory map ({_env.MapSize >> 20} MiB) is full and cannot grow while {_openSnapshots} read snapshot(s) stay open "
                        + $"(waited {_options.MapGrowthWait.TotalSeconds:F0} s); close them and retry, or open the store with a larger LmdbStoreOptions.InitialMapSize.");
                }

                Thread.Sleep(1);
            }

            _env.MapSize = RoundUp(_env.MapSize * 2);
        }
    }

    private static long RoundUp(long size) => (size + (1L << 20) - 1) & ~((1L << 20) - 1);
}
