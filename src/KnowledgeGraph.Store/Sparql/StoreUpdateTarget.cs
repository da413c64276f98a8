using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Update;

namespace KnowledgeGraph.Store.Sparql;

/// <summary>
/// SPARQL Update on the quad store: one request = one store write transaction. <see cref="Begin"/> takes the
/// writer first and only then opens the snapshot the request reads, so the request sees every earlier commit and
/// no write is lost. The store keeps no record of empty graphs: a named graph exists while it has quads.
/// The snapshot is closed before the commit (LMDB may need to grow its map, which it can do only with no
/// read transaction open). Use a transaction from the thread that began it.
/// </summary>
public sealed class StoreUpdateTarget : IUpdateTarget
{
    private readonly IQuadStore _store;

    public StoreUpdateTarget(IQuadStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <summary>What the last <see cref="IUpdateTransaction.Commit"/> of a transaction of this target changed in the store.</summary>
    public CommitResult? LastCommit { get; private set; }

    public IUpdateTransaction Begin()
    {
        var write = _store.BeginWrite();
        try
        {
            return new Transaction(this, write, _store.OpenSnapshot());
        }
        catch
        {
            write.Dispose();
            throw;
        }
    }

    private sealed class Transaction : IUpdateTransaction
    {
        private static readonly IReadOnlySet<Term> NoGraphs = new HashSet<Term>();
        private readonly StoreUpdateTarget _owner;
        private readonly IStoreWriteTransaction _write;
        private IStoreSnapshot? _snapshot;

        public Transaction(StoreUpdateTarget owner, IStoreWriteTransaction write, IStoreSnapshot snapshot)
        {
            _owner = owner;
            _write = write;
            _snapshot = snapshot;
            Source = new StoreQuadSource(snapshot);
        }

        public IQuadSource Source { get; }

        public bool RecordsEmptyGraphs => false;

        public IReadOnlySet<Term> EmptyGraphs => NoGraphs;

        public void Insert(in Quad quad) => _write.Insert(quad);

        public void Delete(in Quad quad) => _write.Delete(quad);

        public void RecordEmptyGraph(Term graph)
        {
        }

        public void ForgetEmptyGraph(Term graph)
        {
        }

        public void Commit()
        {
            CloseSnapshot();
            _owner.LastCommit = _write.Commit();
        }

        public void Dispose()
        {
            CloseSnapshot();
            _write.Dispose();
        }

        private void CloseSnapshot()
        {
            _snapshot?.Dispose();
            _snapshot = null;
        }
    }
}
