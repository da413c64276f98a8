using KnowledgeGraph.Store.Indexing;
using KnowledgeGraph.Store.Loading;

namespace KnowledgeGraph.Store.Tests;

public sealed class KeySortTests
{
    [Theory]
    [InlineData("random", 5_000)]
    [InlineData("sorted", 5_000)]
    [InlineData("reversed", 5_000)]
    [InlineData("few distinct", 5_000)]
    [InlineData("random", 17)]
    public void Sorts_like_the_framework_and_keeps_one_of_each_key(string shape, int n)
    {
        var random = new Random(n);
        var keys = Enumerable.Range(0, n).Select(i => shape switch
        {
            "sorted" => new Key4((ulong)i / 7, (ulong)i % 7, 1, 0),
            "reversed" => new Key4((ulong)(n - i), 0, (ulong)(i % 3), 0),
            "few distinct" => new Key4((ulong)random.Next(3), (ulong)random.Next(2), (ulong)random.Next(4), 0),
            _ => new Key4((ulong)random.NextInt64(), (ulong)random.Next(4), (ulong)random.NextInt64(), (ulong)random.Next(2)),
        }).ToArray();

        var expected = keys.OrderBy(k => k.A).ThenBy(k => k.B).ThenBy(k => k.C).ThenBy(k => k.D).ToArray();
        var items = keys.Select(k => new KeyChange(k, true)).ToArray();
        KeySort.Sort(items);
        Assert.Equal(expected, items.Select(c => c.Key));

        var distinct = keys.Select(k => new KeyChange(k, true)).ToArray();
        var count = KeySort.SortDistinct(distinct);
        Assert.Equal(expected.Distinct(), distinct.Take(count).Select(c => c.Key));
    }

    [Theory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public void A_load_that_repeats_quads_counts_each_once(string kind)
    {
        using var sut = new StoreUnderTest(kind);
        var text = string.Concat(Enumerable.Repeat("<http://e/s> <http://e/p> \"o\" .\n<http://e/s> <http://e/p> <http://e/o> <http://e/g> .\n", 50));
        var result = BulkLoader.Load(sut.Store, [LoadSource.FromText("repeats.nq", Rdf.RdfFormat.NQuads, () => new StringReader(text))]);

        Assert.Equal(100, result.QuadsRead);
        Assert.Equal(2, result.QuadsInserted);
        using var snapshot = sut.Store.OpenSnapshot();
        Assert.Equal(2, snapshot.Statistics.QuadCount);
        Assert.Equal(2, snapshot.Match(Encoding.QuadPattern.Any).Count());
        Assert.Empty(Maintenance.StoreChecker.Check(sut.Store));

        // A second load of the same quads changes nothing (the store is no longer empty).
        var again = BulkLoader.Load(sut.Store, [LoadSource.FromText("repeats.nq", Rdf.RdfFormat.NQuads, () => new StringReader(text))]);
        Assert.Equal(0, again.QuadsInserted);
    }
}
