using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Indexing;

namespace KnowledgeGraph.Store.Memory;

/// <summary>The in-memory write transaction: buffers changes, then builds and publishes the next state.</summary>
internal sealed class MemoryWriteTransaction(MemoryQuadStore store) : IStoreWriteTransaction
{
    private readonly PendingChanges _pending = new();
    private bool _done;

    public int PendingCount => _pending.Count;

    public TermId GetOrAddId(Term term)
    {
        ThrowIfDone();
        return store.Dictionary.GetOrAdd(term);
    }

    public void Insert(in Quad quad) => Insert(Encode(quad));

    public void Delete(in Quad quad) => Delete(Encode(quad));

    public void Insert(in EncodedQuad quad)
    {
        ThrowIfDone();
        _pending.Set(quad, true);
    }

    public void Delete(in EncodedQuad quad)
    {
        ThrowIfDone();
        _pending.Set(quad, false);
    }

    public CommitResult Commit()
    {
        ThrowIfDone();
        try
        {
            var old = store.State;
            var indexes = (MemoryIndex[])old.Indexes.Clone();
            var applied = new List<(EncodedQuad Quad, bool Insert)>();

            // The first index of each kind decides which changes are real; the others then take exactly those.
            foreach (var primary in new[] { IndexId.Spo, IndexId.Spog })
            {
                var appliedKeys = new List<KeyChange>();
                indexes[(int)primary] = old.Indexes[(int)primary].Apply(_pending.ForIndex(primary), appliedKeys);
                foreach (var c in appliedKeys)
                {
                    applied.Add((IndexLayout.FromKey(primary, c.Key), c.Insert));
                }
            }

            foreach (var index in Enum.GetValues<IndexId>())
            {
                if (index is IndexId.Spo or IndexId.Spog)
                {
                    continue;
                }

                indexes[(int)index] = old.Indexes[(int)index].Apply(PendingChanges.Reorder(applied, index, IndexLayout.IsTripleIndex(index)), null);
            }

            var next = new MemoryState(indexes, old.Statistics);
            var stats = new StatisticsUpdate(old.Statistics, applied);
            stats.Prepare(old.HasSubject, old.HasObject);
            next = new MemoryState(indexes, stats.Finish(next.HasSubject, next.HasObject));
            store.Publish(next);
            var inserted = applied.Count(a => a.Insert);
            return new CommitResult(inserted, applied.Count - inserted);
        }
        finally
        {
            Finish();
        }
    }

    public void Dispose()
    {
        if (!_done)
        {
            Finish();
        }
    }

    private EncodedQuad Encode(in Quad quad) =>
        new(GetOrAddId(quad.Subject), GetOrAddId(quad.Predicate), GetOrAddId(quad.Obj), GetOrAddId(quad.Graph));

    private void Finish()
    {
        _done = true;
        _pending.Clear();
        store.EndWrite();
    }

    private void ThrowIfDone() => ObjectDisposedException.ThrowIf(_done, this);
}
