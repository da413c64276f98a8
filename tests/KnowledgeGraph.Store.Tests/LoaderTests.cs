using System.IO.Compression;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Loading;
using KnowledgeGraph.Store.Maintenance;

namespace KnowledgeGraph.Store.Tests;

public sealed class LoaderTests
{
    private const string TurtleDoc = """
        @prefix ex: <http://example.org/> .
        ex:alice ex:knows ex:bob , [ ex:name "Carol"@en ] ;
            ex:age 42 ; ex:born "1990-05-01"^^<http://www.w3.org/2001/XMLSchema#date> ;
            ex:note "a long note that does not fit in an id" ; ex:score 1.5 .
        """;

    private const string TrigDoc = """
        @prefix ex: <http://example.org/> .
        ex:g1 { ex:alice ex:likes ex:tea . _:x ex:in ex:g1 . }
        { ex:bob ex:likes ex:coffee . }
        """;

    [Theory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public void A_parse_error_in_the_second_of_three_files_leaves_the_store_as_it_was(string kind)
    {
        using var dir = new TempDirectory();
        using var sut = new StoreUnderTest(kind);
        var before = File.WriteAllTextAndReturn(dir.Sub("before.ttl"), TurtleDoc);
        BulkLoader.Load(sut.Store, [LoadSource.FromFile(before)]);
        var snapshotBefore = Dump(sut.Store);

        var good = File.WriteAllTextAndReturn(dir.Sub("a.nt"), "<http://example.org/x> <http://example.org/p> \"1\" .\n");
        var bad = File.WriteAllTextAndReturn(dir.Sub("b.nt"), "<http://example.org/y> <http://example.org/p> \"2\" .\n<http://example.org/z> <http://example.org/p> oops .\n");
        var third = File.WriteAllTextAndReturn(dir.Sub("c.nt"), "<http://example.org/w> <http://example.org/p> \"3\" .\n");
        var error = Assert.Throws<RdfParseException>(() => BulkLoader.Load(sut.Store, [LoadSource.FromFile(good), LoadSource.FromFile(bad), LoadSource.FromFile(third)]));

        Assert.Contains("b.nt", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
        Assert.Equal(47, error.Column);
        Assert.StartsWith(bad + ":2:47:", error.Message, StringComparison.Ordinal);
        Assert.Equal(snapshotBefore, Dump(sut.Store));
        Assert.Empty(StoreChecker.Check(sut.Store));

        // And the store still takes writes afterwards (the failed load released the writer).
        var result = BulkLoader.Load(sut.Store, [LoadSource.FromFile(good)]);
        Assert.Equal(1, result.QuadsInserted);
    }

    [Theory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public void Lenient_loading_skips_bad_statements_and_counts_them(string kind)
    {
        using var dir = new TempDirectory();
        using var sut = new StoreUnderTest(kind);
        var file = File.WriteAllTextAndReturn(dir.Sub("mixed.nt"), """
            <http://example.org/a> <http://example.org/p> "1" .
            <http://example.org/b> <http://example.org/p> broken .
            <http://example.org/c> <http://example.org/p> "3" .
            <http://example.org/d> "not a predicate" "4" .

            """);
        var result = BulkLoader.Load(sut.Store, [LoadSource.FromFile(file)], new LoadOptions { Lenient = true });
        Assert.Equal(2, result.SkippedStatements);
        Assert.Equal(2, result.QuadsInserted);
        Assert.NotEmpty(result.Errors);
    }

    [Theory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public void Gzip_input_is_read_and_load_then_export_round_trips(string kind)
    {
        using var dir = new TempDirectory();
        using var sut = new StoreUnderTest(kind);
        var ttl = dir.Sub("data.ttl.gz");
        using (var gz = new GZipStream(File.Create(ttl), CompressionLevel.Fastest))
        {
            gz.Write(System.Text.Encoding.UTF8.GetBytes(TurtleDoc));
        }

        var trig = File.WriteAllTextAndReturn(dir.Sub("data.trig"), TrigDoc);
        var result = BulkLoader.Load(sut.Store, [LoadSource.FromFile(ttl), LoadSource.FromFile(trig)]);
        var original = ReadAll(RdfFormat.Turtle, TurtleDoc).Concat(ReadAll(RdfFormat.TriG, TrigDoc)).ToList();
        Assert.Equal(original.Count, result.QuadsRead);
        Assert.Equal(original.Count, result.QuadsInserted);

        foreach (var format in new[] { RdfFormat.NQuads, RdfFormat.TriG })
        {
            var text = new StringWriter();
            using (var snapshot = sut.Store.OpenSnapshot())
            {
                using var writer = RdfWriters.Create(format, text);
                Assert.Equal(original.Count, StoreExporter.Export(snapshot, writer));
            }

            var exported = ReadAll(format, text.ToString());
            Assert.True(GraphIsomorphism.AreIsomorphic(original, exported), GraphIsomorphism.Explain(original, exported));
        }

        // One graph, exported as triples.
        var g1 = new StringWriter();
        using (var snapshot = sut.Store.OpenSnapshot())
        {
            using var writer = RdfWriters.Create(RdfFormat.NTriples, g1);
            Assert.Equal(2, StoreExporter.Export(snapshot, writer, new Iri("http://example.org/g1")));
        }
    }

    [Theory]
    [MemberData(nameof(StoreUnderTest.Kinds), MemberType = typeof(StoreUnderTest))]
    public void A_target_graph_receives_the_default_graph_triples_and_statistics_follow(string kind)
    {
        using var dir = new TempDirectory();
        using var sut = new StoreUnderTest(kind);
        var file = File.WriteAllTextAndReturn(dir.Sub("data.ttl"), TurtleDoc);
        var graph = new Iri("http://example.org/target");
        BulkLoader.Load(sut.Store, [LoadSource.FromFile(file)], new LoadOptions { TargetGraph = graph });
        using var s = sut.Store.OpenSnapshot();
        Assert.True(s.TryGetId(graph, out var g));
        var count = ReadAll(RdfFormat.Turtle, TurtleDoc).Count;
        Assert.Equal(count, s.Match(new QuadPattern(Graph: g)).Count());
        Assert.Empty(s.Match(new QuadPattern(Graph: TermId.DefaultGraph)));
        Assert.Equal(count, s.Statistics.PerGraph[g]);
        Assert.Equal(count, s.Statistics.QuadCount);
        Assert.True(s.TryGetId(new Iri("http://example.org/knows"), out var knows));
        Assert.Equal(2, s.Statistics.PerPredicate[knows]);
    }

    private static string Dump(IQuadStore store)
    {
        using var s = store.OpenSnapshot();
        return string.Join('\n', s.Match(default).Select(q => $"{q.Subject} {q.Predicate} {q.Obj} {q.Graph}").Order(StringComparer.Ordinal))
            + $"\nstats {s.Statistics.QuadCount} {s.Statistics.DistinctSubjects} {s.Statistics.DistinctObjects} {s.Statistics.PerPredicate.Count} {s.Statistics.PerGraph.Count}";
    }

    private static List<Quad> ReadAll(RdfFormat format, string text)
    {
        using var reader = RdfReaders.Create(format, new StringReader(text), new RdfReaderOptions { BaseIri = "http://example.org/" });
        return reader.ReadQuads().ToList();
    }
}

internal static class FileExtensions
{
    extension(File)
    {
        public static string WriteAllTextAndReturn(string path, string text)
        {
            File.WriteAllText(path, text);
            return path;
        }
    }
}
