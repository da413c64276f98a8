using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store.Tests;

public sealed class SnapshotIsolationTests
{
    private static readonly Iri P = new("http://example.org/p");

    [Theory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public void A_reader_keeps_its_state_through_the_whole_read_while_writes_commit(string kind)
    {
        using var sut = new StoreUnderTest(kind);
        Write(sut.Store, 0, 200, insert: true);

        using var snapshot = sut.Store.OpenSnapshot();
        var seen = new List<string>();
        var step = 0;
        foreach (var q in snapshot.Match(QuadPattern.Any))
        {
            seen.Add(snapshot.Decode(q.Subject).ToString());

            // Interleaved writes while the reader is half-way through its scan: inserts and deletes.
            if (step++ % 50 == 0)
            {
                Write(sut.Store, 1000 + step, 20, insert: true);
                Write(sut.Store, step, 10, insert: false);
            }
        }

        Assert.Equal(200, seen.Count);
        Assert.Equal(Enumerable.Range(0, 200).Select(Subject).Select(s => s.ToString()).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        Assert.Equal(200, snapshot.Statistics.QuadCount);
        Assert.Equal(200, snapshot.Estimate(QuadPattern.Any).Count);

        using var fresh = sut.Store.OpenSnapshot();
        Assert.NotEqual(200, fresh.Match(QuadPattern.Any).Count());
        Assert.Equal(fresh.Match(QuadPattern.Any).Count(), fresh.Statistics.QuadCount);
    }

    [Theory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public void Readers_on_other_threads_see_whole_commits_only(string kind)
    {
        using var sut = new StoreUnderTest(kind);
        using var stop = new CancellationTokenSource();
        var failures = 0;
        var reads = 0;
        var reader = new Thread(() =>
        {
            while (!stop.IsCancelled())
            {
                using var s = sut.Store.OpenSnapshot();

                // Every commit inserts 10 quads at once, so a snapshot always sees a multiple of ten.
                var n = s.Match(QuadPattern.Any).Count();
                if (n % 10 != 0 || n != s.Statistics.QuadCount)
                {
                    Interlocked.Increment(ref failures);
                }

                Interlocked.Increment(ref reads);
            }
        });
        reader.Start();

        for (var i = 0; i < 40; i++)
        {
            Write(sut.Store, i * 10, 10, insert: true);
        }

        stop.Cancel();
        reader.Join();
        Assert.Equal(0, failures);
        Assert.True(reads > 0);
    }

    [Theory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public void An_uncommitted_transaction_changes_nothing(string kind)
    {
        using var sut = new StoreUnderTest(kind);
        Write(sut.Store, 0, 5, insert: true);
        using (var txn = sut.Store.BeginWrite())
        {
            txn.Insert(new Quad(Subject(99), P, new Literal("x")));
            txn.Delete(new Quad(Subject(0), P, new Literal("0", Rdf.Vocabulary.Xsd.Integer)));
        }

        using var s = sut.Store.OpenSnapshot();
        Assert.Equal(5, s.Match(QuadPattern.Any).Count());
        Assert.Equal(5, s.Statistics.QuadCount);
    }

    private static Iri Subject(int i) => new("http://example.org/s" + i);

    private static void Write(IQuadStore store, int from, int count, bool insert)
    {
        using var txn = store.BeginWrite();
        for (var i = from; i < from + count; i++)
        {
            var q = new Quad(Subject(i), P, new Literal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Rdf.Vocabulary.Xsd.Integer));
            if (insert)
            {
                txn.Insert(q);
            }
            else
            {
                txn.Delete(q);
            }
        }

        txn.Commit();
    }
}

internal static class CancellationExtensions
{
    public static bool IsCancelled(this CancellationTokenSource source) => source.IsCancellationRequested;
}
