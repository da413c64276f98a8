using System.Text;
using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Bench.Parsing;

/// <summary>
/// Streaming parse of an in-memory UTF-8 document into quads (counted, not kept): N-Triples and Turtle
/// spellings of the same graph, so the two parsers compare on equal content.
/// Run: <c>dotnet run -c Release --project bench/KnowledgeGraph.Bench -- --filter *ParseBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private byte[] _ntriples = [];
    private byte[] _turtle = [];

    /// <summary>Articles in the document; triples = articles × <see cref="SyntheticNews.TriplesPerArticle"/>.</summary>
    [Params(12_500)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _ntriples = Encoding.UTF8.GetBytes(SyntheticNews.NTriples(Articles));
        _turtle = Encoding.UTF8.GetBytes(SyntheticNews.Turtle(Articles));
        var expected = (long)Articles * SyntheticNews.TriplesPerArticle;
        if (NTriples() != expected || Turtle() != expected)
        {
            throw new InvalidOperationException("the synthetic documents do not parse to the expected number of triples");
        }
    }

    [Benchmark(Baseline = true)]
    public long NTriples() => Count(RdfFormat.NTriples, _ntriples);

    [Benchmark]
    public long Turtle() => Count(RdfFormat.Turtle, _turtle);

    private static long Count(RdfFormat format, byte[] document)
    {
        using var text = new StreamReader(new MemoryStream(document, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        using var reader = RdfReaders.Create(format, text, new RdfReaderOptions { SourceName = "bench" });
        long count = 0;
        foreach (var quad in reader.ReadQuads())
        {
            count++;
        }

        return count;
    }
}
