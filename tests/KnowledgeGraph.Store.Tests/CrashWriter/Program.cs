using KnowledgeGraph.Store.Lmdb;
using KnowledgeGraph.Store.Tests.CrashWriter;

// Usage: CrashWriter STORE_DIR FIRST. Runs until killed: commit i (from FIRST on), then print "i" (the acknowledgement).
var store = LmdbQuadStore.Open(args[0], new LmdbStoreOptions { InitialMapSize = 4L << 20 });
var stdout = Console.Out;
for (var i = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture); ; i++)
{
    using (var txn = store.BeginWrite())
    {
        foreach (var q in CrashWorkload.Inserts(i))
        {
            txn.Insert(q);
        }

        foreach (var q in CrashWorkload.Deletes(i))
        {
            txn.Delete(q);
        }

        txn.Commit();
    }

    stdout.WriteLine(i);
    stdout.Flush();
}
