using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Indexing;
using KnowledgeGraph.Store.Lmdb;
using KnowledgeGraph.Store.Maintenance;

namespace KnowledgeGraph.Store.Tests;

public sealed class CheckAndBackupTests
{
    [Fact]
    public void The_checker_reports_an_index_that_lost_a_quad_and_a_dangling_id()
    {
        using var dir = new TempDirectory();
        using var store = LmdbQuadStore.Open(dir.Sub("store"));
        Fill(store, 50);
        Assert.Empty(StoreChecker.Check(store));

        // Damage the store underneath: drop one key from POS, and add an SPO key whose subject is not in the dictionary.
        using (var txn = store.Environment.BeginTransaction())
        {
            using (var cursor = txn.CreateCursor(store.Indexes[(int)IndexId.Pos]))
            {
                cursor.First();
                cursor.Delete();
            }

            var bogus = new Key4(TermId.Create(TermIdTag.Iri, 999_999).Value, TermId.Create(TermIdTag.Iri, 0).Value, TermId.Create(TermIdTag.Boolean, 1).Value, 0);
            var key = new byte[40];
            var n = KeyCodec.Write(key, bogus, 3);
            txn.Put(store.Indexes[(int)IndexId.Spo], key.AsSpan(0, n), ReadOnlySpan<byte>.Empty);
            txn.Commit();
        }

        var problems = StoreChecker.Check(store);
        Assert.Contains(problems, p => p.Contains("but not in Pos", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("dangling id", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("statistics", StringComparison.Ordinal));
    }

    [Fact]
    public void A_backup_taken_while_writes_go_on_is_a_consistent_committed_state()
    {
        using var dir = new TempDirectory();
        using var store = LmdbQuadStore.Open(dir.Sub("store"));
        Fill(store, 100);
        using var reader = store.OpenSnapshot();
        Fill(store, 30, offset: 1000);
        store.Backup(dir.Sub("backup"));
        Fill(store, 30, offset: 2000);

        using var copy = LmdbQuadStore.Open(dir.Sub("backup"));
        Assert.Empty(StoreChecker.Check(copy));
        using var s = copy.OpenSnapshot();
        Assert.Equal(130, s.Match(default).Count());
        Assert.Throws<IOException>(() => store.Backup(dir.Sub("backup")));
    }

    private static void Fill(IQuadStore store, int n, int offset = 0)
    {
        using var txn = store.BeginWrite();
        for (var i = offset; i < offset + n; i++)
        {
            txn.Insert(new Quad(new Iri("http://example.org/s" + i), new Iri("http://example.org/p" + (i % 7)), new Literal("value " + i + " long enough")));
        }

        txn.Commit();
    }
}
