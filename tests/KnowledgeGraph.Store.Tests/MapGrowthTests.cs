using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Store.Lmdb;
using KnowledgeGraph.Store.Maintenance;

namespace KnowledgeGraph.Store.Tests;

public sealed class MapGrowthTests
{
    [Fact]
    public void A_commit_larger_than_the_map_grows_it_and_is_replayed_whole()
    {
        using var dir = new TempDirectory();
        using var store = LmdbQuadStore.Open(dir.Sub("store"), new LmdbStoreOptions { InitialMapSize = 1 << 20 });
        using (var txn = store.BeginWrite())
        {
            for (var i = 0; i < 20_000; i++)
            {
                txn.Insert(new Quad(new Iri("http://example.org/resource/" + i), new Iri("http://example.org/p"), new Literal("a literal long enough to need the dictionary, number " + i)));
            }

            txn.Commit();
        }

        Assert.True(store.Environment.MapSize > 1 << 20);
        Assert.True(store.FileSize > 1 << 20);
        using (var s = store.OpenSnapshot())
        {
            Assert.Equal(20_000, s.Match(default).Count());
        }

        Assert.Empty(StoreChecker.Check(store));
    }

    [Fact]
    public void The_map_cannot_grow_under_an_open_snapshot_and_says_so()
    {
        using var dir = new TempDirectory();
        using var store = LmdbQuadStore.Open(dir.Sub("store"), new LmdbStoreOptions { InitialMapSize = 1 << 20 });
        using var reader = store.OpenSnapshot();
        using var txn = store.BeginWrite();
        for (var i = 0; i < 20_000; i++)
        {
            txn.Insert(new Quad(new Iri("http://example.org/resource/" + i), new Iri("http://example.org/p"), new Literal("a literal long enough to need the dictionary, number " + i)));
        }

        var e = Assert.Throws<InvalidOperationException>(() => txn.Commit());
        Assert.Contains("cannot grow while 1 read snapshot", e.Message, StringComparison.Ordinal);
        Assert.Empty(reader.Match(default));
    }
}
