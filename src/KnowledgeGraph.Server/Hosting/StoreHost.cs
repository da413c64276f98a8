using KnowledgeGraph.Server.Options;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Lmdb;
using KnowledgeGraph.Store.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Server.Hosting;

/// <summary>
/// The one store the server runs on, with a dataset version that changes on every commit. The version is a
/// sequence lock: odd while a commit is under way, even otherwise, so a reader can tell whether the snapshot it
/// opened belongs to the version it read (for ETags and the result cache).
/// </summary>
public sealed class StoreHost : IDisposable
{
    private readonly IQuadStore _store;
    private readonly IDatasetChangeDetector? _changes;
    private long _sequence;

    public StoreHost(IOptions<ServerOptions> options, ILogger<StoreHost> logger, IDatasetChangeDetector? changes = null)
    {
        var o = options.Value;
        InstanceTag = Guid.NewGuid().ToString("N")[..8];
        _changes = changes;
        if (o.Store.Kind == StoreMode.Remote)
        {
            // The data lives in the remote store and is reached only through SPARQL text (RemoteSparqlProcessor and
            // friends); this empty store only keeps snapshot-shaped code paths (version reads) working and is never written.
            IsRemote = true;
            _store = new MemoryQuadStore();
            if (!string.IsNullOrWhiteSpace(o.SeedDirectory))
            {
                logger.LogWarning("KnowledgeGraph:SeedDirectory is ignored for a remote store: load it with `kg load --remote URL FILE...`");
            }

            logger.LogInformation("Using the remote SPARQL store at {Endpoint} ({Dialect})", o.Store.Remote.QueryEndpoint, o.Store.Remote.Dialect);
            return;
        }

        if (o.StoreKind == StoreKind.Memory)
        {
            _store = new MemoryQuadStore();
            Seed(o, logger);
            return;
        }

        if (string.IsNullOrWhiteSpace(o.StorePath))
        {
            throw new InvalidOperationException("No store folder configured: set KnowledgeGraph:StorePath (kg serve --store DIR).");
        }

        var fresh = !File.Exists(Path.Combine(o.StorePath, "data.mdb"));
        _store = LmdbQuadStore.Open(o.StorePath);
        logger.LogInformation("Opened LMDB store at {StorePath} ({State})", _store.Location, fresh ? "new" : "existing");

        // The marker is written after the seed commits and only when files were loaded, so a failed first load
        // is retried on the next start, a seed folder that is still empty is loaded once it has files, and a
        // seeded store is never loaded twice.
        var marker = Path.Combine(o.StorePath, SeededMarker);
        if (!File.Exists(marker) && Seed(o, logger) > 0)
        {
            File.WriteAllText(marker, $"Seeded from {Path.GetFullPath(o.SeedDirectory!)} at {DateTimeOffset.UtcNow:O}\n");
        }
    }

    /// <summary>File in the store folder that records that the seed folder was loaded.</summary>
    public const string SeededMarker = "seeded.txt";

    /// <summary>Distinguishes versions of different server runs (the counter restarts at zero).</summary>
    public string InstanceTag { get; }

    /// <summary>The committed dataset version (counts commits since start).</summary>
    public long Version => Volatile.Read(ref _sequence) >> 1;

    /// <summary>True when the data is in a remote SPARQL store: snapshots are then empty placeholders.</summary>
    public bool IsRemote { get; }

    /// <summary>Raised after each commit (the result cache empties itself).</summary>
    public event Action? Committed;

    /// <summary>A read snapshot and the dataset version it shows, or null as version when a commit raced it.</summary>
    public (IStoreSnapshot Snapshot, long? Version) OpenSnapshot(bool unionDefaultGraph = false)
    {
        if (_changes?.HasChanged() == true)
        {
            RecordExternalCommit();
        }

        var before = Volatile.Read(ref _sequence);
        var snapshot = _store.OpenSnapshot(unionDefaultGraph);
        var after = Volatile.Read(ref _sequence);
        return (snapshot, before == after && (before & 1) == 0 ? before >> 1 : null);
    }

    /// <summary>
    /// Runs one write transaction to the end on the calling thread (LMDB write transactions belong to a thread):
    /// commits when <paramref name="work"/> returns, rolls back when it throws.
    /// </summary>
    public T Write<T>(Func<IStoreWriteTransaction, T> work, CancellationToken cancel = default)
    {
        using var txn = _store.BeginWrite();
        var result = work(txn);
        cancel.ThrowIfCancellationRequested();
        Interlocked.Increment(ref _sequence);
        try
        {
            txn.Commit();
        }
        finally
        {
            Interlocked.Increment(ref _sequence);
        }

        Committed?.Invoke();
        return result;
    }

    /// <summary>
    /// Moves the dataset version on for a change made outside <see cref="Write{T}"/>: a write we sent to the remote
    /// store, or a change the <see cref="IDatasetChangeDetector"/> noticed (others writing, a cache TTL running out).
    /// </summary>
    public void RecordExternalCommit()
    {
        Interlocked.Add(ref _sequence, 2);
        Committed?.Invoke();
    }

    /// <summary>Loads the seed folder (if any) and returns how many files it loaded.</summary>
    private int Seed(ServerOptions options, ILogger logger)
    {
        if (string.IsNullOrWhiteSpace(options.SeedDirectory))
        {
            return 0;
        }

        var loaded = SeedLoader.Load(_store, options.SeedDirectory);
        logger.LogInformation("Seeded the store with {Quads} quads from {Files} files in {SeedDirectory}", loaded.Quads, loaded.Files, options.SeedDirectory);
        return loaded.Files;
    }

    public void Dispose() => _store.Dispose();
}
