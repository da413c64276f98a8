using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Lmdb;
using KnowledgeGraph.Store.Sparql;

namespace KnowledgeGraph.Store.Tests;

/// <summary>
/// LMDB's id-quad reads past the small stores of the agreement tests: ranges longer than one read chunk, several
/// lazy reads of one index open at once (each needs its own cursor while the snapshot reuses idle ones), reads
/// after a snapshot is disposed.
/// </summary>
public sealed class LmdbReadPathTests
{
    private static readonly Iri Knows = new("http://example.org/knows");
    private static readonly Iri Name = new("http://example.org/name");

    [Fact]
    public void Long_ranges_and_interleaved_reads_of_one_index_agree_with_match()
    {
        using var dir = new TempDirectory();
        using var store = LmdbQuadStore.Open(dir.Sub("s"), new LmdbStoreOptions { InitialMapSize = 1L << 24 });
        using (var txn = store.BeginWrite())
        {
            for (var i = 0; i < 1500; i++)
            {
                txn.Insert(new Quad(Person(i), Knows, Person((i * 7) % 1500), DefaultGraph.Instance));
                txn.Insert(new Quad(Person(i), Name, new Literal("person number " + i), new Iri("http://example.org/g" + (i % 3))));
            }

            txn.Commit();
        }

        using var snapshot = store.OpenSnapshot();
        var reads = (ISnapshotIdReads)snapshot;
        Assert.True(snapshot.TryGetId(Knows, out var knows));
        var pattern = new QuadPattern(Predicate: knows);
        var expected = Ids(snapshot.Match(pattern));
        Assert.Equal(1500, expected.Count);

        // Two lazy reads of the POS index at once, advanced in turns, and a MatchInto in between.
        using var first = reads.MatchIds(pattern).GetEnumerator();
        using var second = reads.MatchIds(pattern).GetEnumerator();
        List<QuadIds> a = [], b = [];
        var more = true;
        while (more)
        {
            more = false;
            for (var k = 0; k < 37 && first.MoveNext(); k++)
            {
                a.Add(first.Current);
                more = true;
            }

            var probe = new List<QuadIds>();
            reads.MatchInto(new QuadPattern(Predicate: knows, Obj: new TermId((ulong)a[^1].Obj)), probe);
            Assert.Single(probe);
            if (second.MoveNext())
            {
                b.Add(second.Current);
                more = true;
            }
        }

        Assert.Equal(expected, a);
        Assert.Equal(expected, b);

        // Graph unbound: the default-graph range, then the named-graph one (names live in three graphs).
        Assert.True(snapshot.TryGetId(Name, out var name));
        var names = new QuadPattern(Predicate: name);
        Assert.Equal(Ids(snapshot.Match(names)), reads.MatchIds(names).ToList());
        Assert.Equal(1500, reads.MatchIds(names).Count());
        Assert.Equal(3000, reads.MatchIds(QuadPattern.Any).Count());
    }

    [Fact]
    public void A_disposed_snapshot_refuses_reads()
    {
        using var dir = new TempDirectory();
        using var store = LmdbQuadStore.Open(dir.Sub("s"), new LmdbStoreOptions { InitialMapSize = 1L << 22 });
        using (var txn = store.BeginWrite())
        {
            txn.Insert(new Quad(Person(1), Knows, Person(2), DefaultGraph.Instance));
            txn.Commit();
        }

        var snapshot = store.OpenSnapshot();
        var reads = (ISnapshotIdReads)snapshot;
        Assert.Single(reads.MatchIds(QuadPattern.Any));
        snapshot.Dispose();
        Assert.Throws<ObjectDisposedException>(() => reads.MatchInto(QuadPattern.Any, []));
    }

    [Fact]
    public void Lmdb_probes_are_never_traded_for_a_hash_table_memory_store_probes_are()
    {
        using var dir = new TempDirectory();
        using var lmdb = LmdbQuadStore.Open(dir.Sub("s"), new LmdbStoreOptions { InitialMapSize = 1L << 22 });
        using var lmdbSnapshot = lmdb.OpenSnapshot();
        Assert.Equal(0, ((IQuadIdSource)new StoreQuadSource(lmdbSnapshot)).SeekCostInQuads);
        using var memory = new Memory.MemoryQuadStore();
        using var memorySnapshot = memory.OpenSnapshot();
        Assert.Equal(8, ((IQuadIdSource)new StoreQuadSource(memorySnapshot)).SeekCostInQuads);
    }

    private static Iri Person(int i) => new("http://example.org/person/" + i);

    private static List<QuadIds> Ids(IEnumerable<EncodedQuad> quads) =>
        quads.Select(q => new QuadIds((long)q.Subject.Value, (long)q.Predicate.Value, (long)q.Obj.Value, (long)q.Graph.Value)).ToList();
}
