using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Lmdb;
using KnowledgeGraph.Store.Sparql;

namespace KnowledgeGraph.Store.Tests;

/// <summary>
/// The store-wide decoded-term cache of an LMDB store: bounded, right after inserts, deletes, re-inserts and
/// rolled-back transactions, per store (two stores with the same ids for different terms), invisible to
/// snapshots older than a term, and right under concurrent readers while a writer commits.
/// </summary>
public sealed class TermCacheTests
{
    private static readonly Iri Label = new("http://example.org/label");

    [Fact]
    public void The_cache_never_holds_more_than_its_capacity_and_returns_only_what_was_added()
    {
        var cache = new TermCache(100);
        Assert.Equal(128, cache.Capacity);
        for (var i = 1; i <= 20_000; i++)
        {
            cache.Add(TermId.Create(TermIdTag.Literal, (ulong)i), new Literal("value " + i));
            if (i % 1000 == 0)
            {
                Assert.InRange(cache.CountById, 1, cache.Capacity);
            }
        }

        Assert.True(cache.CountById <= cache.Capacity);
        Assert.True(cache.CountByTerm <= cache.Capacity);
        var hits = 0;
        for (var i = 1; i <= 20_000; i++)
        {
            var id = TermId.Create(TermIdTag.Literal, (ulong)i);
            if (cache.TryGetTerm(id, out var term))
            {
                hits++;
                Assert.Equal(new Literal("value " + i), term);
            }

            if (cache.TryGetId(new Literal("value " + i), out var found))
            {
                Assert.Equal(id, found);
            }
        }

        // The last entry added is always there.
        Assert.InRange(hits, 1, cache.Capacity);
        Assert.True(cache.TryGetTerm(TermId.Create(TermIdTag.Literal, 20_000), out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TermCache(7));
    }

    [Fact]
    public void A_working_set_a_quarter_of_the_capacity_stays_cached()
    {
        // Scattered ids of two kinds, as a query meets them: a direct-mapped table kept about 88% of them.
        var cache = new TermCache(4096);
        var random = new Random(5);
        var added = new Dictionary<TermId, Term>();
        while (added.Count < 1024)
        {
            var id = TermId.Create(random.Next(2) == 0 ? TermIdTag.Iri : TermIdTag.Literal, (ulong)random.Next(1_000_000));
            Term term = id.Tag == TermIdTag.Iri ? new Iri("http://example.org/" + id.Payload) : new Literal("title " + id.Payload);
            if (added.TryAdd(id, term))
            {
                cache.Add(id, term);
            }
        }

        Assert.True(added.Count(kv => cache.TryGetTerm(kv.Key, out var t) && t.Equals(kv.Value)) >= 1004, "id -> term kept under 98%");
        Assert.True(added.Count(kv => cache.TryGetId(kv.Value, out var id) && id == kv.Key) >= 1004, "term -> id kept under 98%");
    }

    [Fact]
    public void Hits_under_concurrent_evictions_are_always_the_right_pair()
    {
        // A tiny cache hammered for a while by four threads started together, adding and looking up overlapping ids:
        // a torn slot would show as a term that is not its id's, in either direction.
        var cache = new TermCache(8);
        var wrong = 0;
        var hits = 0;
        using var start = new Barrier(4);
        var threads = Enumerable.Range(0, 4).Select(seed => new Thread(() =>
        {
            var random = new Random(seed);
            start.SignalAndWait();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (clock.ElapsedMilliseconds < 400)
            {
                var n = random.Next(64);
                var id = TermId.Create(TermIdTag.Literal, (ulong)n);
                if (random.Next(2) == 0)
                {
                    cache.Add(id, new Literal("term " + n));
                }
                else if (cache.TryGetTerm(id, out var term))
                {
                    Interlocked.Increment(ref hits);
                    if (((Literal)term).LexicalForm != "term " + n)
                    {
                        Interlocked.Increment(ref wrong);
                    }
                }

                if (cache.TryGetId(new Literal("term " + n), out var found))
                {
                    Interlocked.Increment(ref hits);
                    if (found != id)
                    {
                        Interlocked.Increment(ref wrong);
                    }
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Equal(0, wrong);
        Assert.True(hits > 1000, $"only {hits} hits: the test did not exercise the cache");
        Assert.True(cache.CountById <= 8 && cache.CountByTerm <= 8);
    }

    [Fact]
    public void Decoding_stays_right_across_inserts_deletes_reinserts_and_rollbacks()
    {
        using var dir = new TempDirectory();
        using var store = LmdbQuadStore.Open(dir.Sub("s"), new LmdbStoreOptions { InitialMapSize = 1L << 22, TermCacheCapacity = 16 });
        Assert.NotNull(store.TermCache);
        var subject = new Iri("http://example.org/s");
        Insert(store, new Quad(subject, Label, new Literal("first label, long enough for the dictionary"), DefaultGraph.Instance));
        var firstIds = AllDecoded(store);
        Assert.Equal(
            new HashSet<Term> { subject, Label, new Literal("first label, long enough for the dictionary") },
            firstIds.Values.ToHashSet());

        // Delete everything: the dictionary keeps the entries, so the ids and the cached terms stay valid.
        using (var txn = store.BeginWrite())
        {
            txn.Delete(new Quad(subject, Label, new Literal("first label, long enough for the dictionary"), DefaultGraph.Instance));
            txn.Commit();
        }

        using (var snapshot = store.OpenSnapshot())
        {
            Assert.Empty(snapshot.Match(QuadPattern.Any));
            foreach (var (id, term) in firstIds)
            {
                Assert.Equal(term, snapshot.Decode(id));
                Assert.True(snapshot.TryGetId(term, out var again));
                Assert.Equal(id, again);
            }
        }

        // A rolled-back transaction draws sequence numbers that the next one draws again for other terms.
        using (var txn = store.BeginWrite())
        {
            txn.Insert(new Quad(new Iri("http://example.org/rolled-back"), Label, new Literal("never committed, a long literal"), DefaultGraph.Instance));
        }

        Insert(store, new Quad(new Iri("http://example.org/committed"), Label, new Literal("committed instead, a long literal"), DefaultGraph.Instance));
        // Re-inserting the first quad reuses its old ids.
        Insert(store, new Quad(subject, Label, new Literal("first label, long enough for the dictionary"), DefaultGraph.Instance));
        var all = AllDecoded(store);
        foreach (var (id, term) in firstIds)
        {
            Assert.Equal(term, all[id]);
        }

        Assert.Contains(new Iri("http://example.org/committed"), all.Values);
        Assert.DoesNotContain(new Iri("http://example.org/rolled-back"), all.Values);
        using (var snapshot = store.OpenSnapshot())
        {
            Assert.False(snapshot.TryGetId(new Iri("http://example.org/rolled-back"), out _));
        }

        // The cache was tiny and filled in between: every answer must still be the dictionary's.
        Assert.True(store.TermCache!.CountById <= store.TermCache.Capacity);
    }

    [Fact]
    public void A_snapshot_older_than_a_term_does_not_find_it_through_the_cache()
    {
        using var dir = new TempDirectory();
        using var store = LmdbQuadStore.Open(dir.Sub("s"), new LmdbStoreOptions { InitialMapSize = 1L << 22 });
        Insert(store, new Quad(new Iri("http://example.org/a"), Label, new Literal("old"), DefaultGraph.Instance));
        using var old = store.OpenSnapshot();
        var late = new Literal("added after the old snapshot began, long");
        Insert(store, new Quad(new Iri("http://example.org/b"), Label, late, DefaultGraph.Instance));
        using (var current = store.OpenSnapshot())
        {
            Assert.True(current.TryGetId(late, out _));
        }

        Assert.True(store.TermCache!.TryGetId(late, out _));
        Assert.False(old.TryGetId(late, out _));
        Assert.False(old.TryGetId(new Iri("http://example.org/b"), out _));
        Assert.Empty(new StoreQuadSource(old).Match(null, Label, late, null));
    }

    [Fact]
    public void Two_stores_open_at_once_keep_their_own_terms()
    {
        using var dir = new TempDirectory();
        using var one = LmdbQuadStore.Open(dir.Sub("one"), new LmdbStoreOptions { InitialMapSize = 1L << 22 });
        using var two = LmdbQuadStore.Open(dir.Sub("two"), new LmdbStoreOptions { InitialMapSize = 1L << 22 });
        // Same shape, different terms: both dictionaries hand out the same sequence numbers.
        Insert(one, new Quad(new Iri("http://example.org/one"), Label, new Literal("the first store's label"), DefaultGraph.Instance));
        Insert(two, new Quad(new Iri("http://example.org/two"), Label, new Literal("the second store's label"), DefaultGraph.Instance));
        for (var round = 0; round < 2; round++)
        {
            var a = AllDecoded(one);
            var b = AllDecoded(two);
            Assert.Equal(a.Keys.Order(), b.Keys.Order());
            Assert.Contains(new Literal("the first store's label"), a.Values);
            Assert.DoesNotContain(new Literal("the second store's label"), a.Values);
            Assert.Contains(new Literal("the second store's label"), b.Values);
            using var s1 = one.OpenSnapshot();
            Assert.False(s1.TryGetId(new Iri("http://example.org/two"), out _));
        }
    }

    [Fact]
    public void Turned_off_the_store_decodes_from_the_dictionary()
    {
        using var dir = new TempDirectory();
        using var store = LmdbQuadStore.Open(dir.Sub("s"), new LmdbStoreOptions { InitialMapSize = 1L << 22, TermCacheCapacity = 0 });
        Assert.Null(store.TermCache);
        Insert(store, new Quad(new Iri("http://example.org/a"), Label, new Literal("42", Xsd.Integer), DefaultGraph.Instance));
        using var snapshot = store.OpenSnapshot();
        var source = new StoreQuadSource(snapshot);
        var quad = Assert.Single(source.Match(null, null, null, null));
        Assert.Equal(new Literal("42", Xsd.Integer), quad.Obj);
    }

    [Fact]
    public async Task Concurrent_readers_decode_right_while_a_writer_adds_terms()
    {
        using var dir = new TempDirectory();
        using var store = LmdbQuadStore.Open(dir.Sub("s"), new LmdbStoreOptions { InitialMapSize = 1L << 26, TermCacheCapacity = 64 });
        Insert(store, Numbered(0));
        using var stop = new CancellationTokenSource();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            var rounds = 0;
            while (!stop.IsCancellationRequested || rounds < 3)
            {
                rounds++;
                using var snapshot = store.OpenSnapshot();
                foreach (var q in snapshot.Match(QuadPattern.Any))
                {
                    // Each subject names its label's number: a wrong cached term shows as a mismatch.
                    var subject = ((Iri)snapshot.Decode(q.Subject)).Value;
                    var label = ((Literal)snapshot.Decode(q.Obj)).LexicalForm;
                    if (subject[(subject.LastIndexOf('/') + 1)..] != label[(label.LastIndexOf(' ') + 1)..])
                    {
                        failures.Enqueue($"{subject} has label {label}");
                    }

                    if (!snapshot.TryGetId(new Literal(label), out var back) || back != q.Obj)
                    {
                        failures.Enqueue($"{label} looked up as {back}, matched as {q.Obj}");
                    }
                }
            }
        })).ToArray();

        for (var i = 1; i <= 60; i++)
        {
            using var txn = store.BeginWrite();
            for (var k = 0; k < 20; k++)
            {
                txn.Insert(Numbered(i * 100 + k));
            }

            if (i % 5 == 0)
            {
                txn.Delete(Numbered((i - 1) * 100));
            }

            if (i % 7 == 0)
            {
                // Rolled back: its sequence numbers go to the next transaction's terms.
                continue;
            }

            txn.Commit();
        }

        stop.Cancel();
        await Task.WhenAll(readers);
        Assert.Empty(failures);
        Assert.True(store.TermCache!.CountById <= 64);
    }

    private static Quad Numbered(int i) =>
        new(new Iri("http://example.org/item/" + i), Label, new Literal("the label of item " + i), DefaultGraph.Instance);

    private static void Insert(LmdbQuadStore store, Quad quad)
    {
        using var txn = store.BeginWrite();
        txn.Insert(quad);
        txn.Commit();
    }

    /// <summary>Every id of every quad with its term, decoded by a fresh snapshot (through the cache).</summary>
    private static Dictionary<TermId, Term> AllDecoded(LmdbQuadStore store)
    {
        using var snapshot = store.OpenSnapshot();
        var all = new Dictionary<TermId, Term>();
        foreach (var q in snapshot.Match(QuadPattern.Any))
        {
            foreach (var id in new[] { q.Subject, q.Predicate, q.Obj })
            {
                all[id] = snapshot.Decode(id);
            }
        }

        return all;
    }
}
