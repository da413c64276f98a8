using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Indexing;

namespace KnowledgeGraph.Store.Memory;

/// <summary>The in-memory write transaction: buffers changes, then builds and publishes the next state.</summary>
internal sealed class MemoryWriteTransaction(MemoryQuadStore store) : BufferedWriteTransaction
{
    public override TermId GetOrAddId(Term term)
    {
        ThrowIfDone();
        return store.Dictionary.GetOrAdd(term);
    }

    public override CommitResult Commit()
    {
        ThrowIfDone();
        try
        {
            var old = store.State;
            var graphs = GraphRecords.Apply(old.CreatedGraphs, GraphChanges);
            var indexes = (MemoryIndex[])old.Indexes.Clone();
            var sorted = new KeyChange[IndexLayout.IndexCount][];
            var ineffective = PendingChanges.NewQuadSet();
            var fresh = old.Statistics.QuadCount == 0 && Pending.InsertsOnly;
            if (fresh)
            {
                // Inserts into an empty store all take effect: each index sorts and builds on its own, all on all cores.
                Parallel.For(0, IndexLayout.IndexCount, i =>
                {
                    sorted[i] = Pending.ForIndex((IndexId)i);
                    indexes[i] = old.Indexes[i].Apply(sorted[i], null);
                });
            }
            else
            {
                sorted = Pending.ForAllIndexes();

                // The first index of each kind (SPO, SPOG) finds the changes that change nothing (inserting a
                // present quad, deleting an absent one); the other indexes then take the rest, on all cores.
                var rejected = new[] { new List<KeyChange>(), new List<KeyChange>() };
                IndexId[] primaries = [IndexId.Spo, IndexId.Spog];
                Parallel.For(0, 2, k => indexes[(int)primaries[k]] = old.Indexes[(int)primaries[k]].Apply(sorted[(int)primaries[k]], rejected[k]));
                for (var k = 0; k < 2; k++)
                {
                    foreach (var c in rejected[k])
                    {
                        ineffective.Add(IndexLayout.FromKey(primaries[k], c.Key));
                    }
                }

                var secondary = Enum.GetValues<IndexId>().Where(i => i is not (IndexId.Spo or IndexId.Spog)).ToArray();
                Parallel.ForEach(secondary, index =>
                    indexes[(int)index] = old.Indexes[(int)index].Apply(PendingChanges.Without(sorted[(int)index], index, ineffective), null));
            }

            if (fresh)
            {
                var statistics = FreshStatistics.From(sorted);
                store.Publish(new MemoryState(indexes, statistics, graphs));
                return new CommitResult(statistics.QuadCount, 0);
            }

            var applied = PendingChanges.Effective(sorted, ineffective);
            var next = new MemoryState(indexes, old.Statistics, graphs);
            var stats = new StatisticsUpdate(old.Statistics, applied);
            stats.Prepare(old.HasSubject, old.HasObject);
            next = new MemoryState(indexes, stats.Finish(next.HasSubject, next.HasObject), graphs);
            store.Publish(next);
            var inserted = applied.Count(a => a.Insert);
            return new CommitResult(inserted, applied.Count - inserted);
        }
        finally
        {
            Finish();
        }
    }

    protected override void Finish()
    {
        Done = true;
        Pending.Clear();
        GraphChanges.Clear();
        store.EndWrite();
    }
}
