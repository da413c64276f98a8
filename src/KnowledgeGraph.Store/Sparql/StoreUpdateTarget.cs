using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Update;

namespace KnowledgeGraph.Store.Sparql;

/// <summary>
/// SPARQL Update on the quad store: one request = one store write transaction. <see cref="Begin"/> takes the
/// writer first and only then opens the snapshot the request reads, so the request sees every earlier commit and
/// no write is lost. The store records named graphs that exist without quads (CREATE GRAPH, CLEAR), so a graph
/// created by one request is still there, empty, for the next one until DROP.
/// The snapshot is closed before the commit (LMDB may need to grow its map, which it can do only with no
/// read transaction open). Use a transaction from the thread that began it.
/// </summary>
public sealed class StoreUpdateTarget : IUpdateTarget
{
    private readonly IQuadStore? _store;
    private readonly IStoreWriteTransaction? _outerWrite;
    private readonly Func<IStoreSnapshot>? _openSnapshot;

    public StoreUpdateTarget(IQuadStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    private StoreUpdateTarget(IStoreWriteTransaction write, Func<IStoreSnapshot> openSnapshot)
    {
        _outerWrite = write;
        _openSnapshot = openSnapshot;
    }

    /// <summary>
    /// A target inside a write transaction the caller already holds and commits itself (the server's
    /// <c>StoreHost.Write</c>): <see cref="Begin"/> opens the snapshot with <paramref name="openSnapshot"/> (the writer is
    /// already held, so it shows the latest commit), the request's changes go into <paramref name="write"/>, and the
    /// transaction's Commit only closes the snapshot: call <c>write.Commit()</c> after the executor returns, and roll
    /// back (dispose) when it throws. One request per write.
    /// </summary>
    public static StoreUpdateTarget Within(IStoreWriteTransaction write, Func<IStoreSnapshot> openSnapshot)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(openSnapshot);
        return new StoreUpdateTarget(write, openSnapshot);
    }

    /// <summary>What the last <see cref="IUpdateTransaction.Commit"/> of a transaction of this target changed in the store.</summary>
    public CommitResult? LastCommit { get; private set; }

    public IUpdateTransaction Begin()
    {
        if (_outerWrite is not null)
        {
            return new Transaction(this, _outerWrite, _openSnapshot!(), ownsWrite: false);
        }

        var write = _store!.BeginWrite();
        try
        {
            return new Transaction(this, write, _store.OpenSnapshot(), ownsWrite: true);
        }
        catch
        {
            write.Dispose();
            throw;
        }
    }

    private sealed class Transaction : IUpdateTransaction
    {
        private readonly StoreUpdateTarget _owner;
        private readonly IStoreWriteTransaction _write;
        private readonly bool _ownsWrite;
        private IStoreSnapshot? _snapshot;

        public Transaction(StoreUpdateTarget owner, IStoreWriteTransaction write, IStoreSnapshot snapshot, bool ownsWrite)
        {
            _owner = owner;
            _write = write;
            _ownsWrite = ownsWrite;
            _snapshot = snapshot;
            Source = new StoreQuadSource(snapshot);
            EmptyGraphs = snapshot.CreatedGraphs.Select(snapshot.Decode).ToHashSet();
        }

        public IQuadSource Source { get; }

        public bool RecordsEmptyGraphs => true;

        public IReadOnlySet<Term> EmptyGraphs { get; }

        public void Insert(in Quad quad) => _write.Insert(quad);

        public void Delete(in Quad quad) => _write.Delete(quad);

        public void RecordEmptyGraph(Term graph) => _write.CreateGraph(_write.GetOrAddId(graph));

        public void ForgetEmptyGraph(Term graph)
        {
            // Only graphs recorded in the snapshot are forgotten, and their terms are in the dictionary already.
            if (_snapshot is not null && _snapshot.TryGetId(graph, out var id))
            {
                _write.DropGraph(id);
            }
        }

        public void Commit()
        {
            CloseSnapshot();
            if (_ownsWrite)
            {
                _owner.LastCommit = _write.Commit();
            }
        }

        public void Dispose()
        {
            CloseSnapshot();
            if (_ownsWrite)
            {
                _write.Dispose();
            }
        }

        private void CloseSnapshot()
        {
            _snapshot?.Dispose();
            _snapshot = null;
        }
    }
}
