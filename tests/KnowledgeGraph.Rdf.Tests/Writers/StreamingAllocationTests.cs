using KnowledgeGraph.Rdf.Formats.Writers;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;
using static KnowledgeGraph.Rdf.Tests.Writers.WriterRun;

namespace KnowledgeGraph.Rdf.Tests.Writers;

/// <summary>The streaming writers must not allocate per quad: terms go straight into a pooled buffer.</summary>
public sealed class StreamingAllocationTests
{
    private const int Rounds = 20;

    public static TheoryData<string> Layouts { get; } = ["N-Triples", "N-Quads", "Turtle (streaming)", "TriG (streaming)"];

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Writing_allocates_nothing_per_quad(string layout)
    {
        var options = new RdfWriterOptions
        {
            Prefixes = new Dictionary<string, string> { ["ex"] = "http://example.org/", ["xsd"] = Xsd.Namespace },
        };
        var quads = SampleQuads(layout is "N-Quads" or "TriG (streaming)");
        using var writer = Create(layout, options);

        foreach (var quad in quads)
        {
            writer.Write(quad); // warm up: first calls may initialise statics and JIT tiers
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var quad in quads)
            {
                writer.Write(quad);
            }
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var written = Rounds * quads.Count;
        Assert.True(allocated < written, $"{layout}: {allocated} bytes allocated for {written} quads");
    }

    private static IQuadWriter Create(string layout, RdfWriterOptions options) => layout switch
    {
        "N-Triples" => new NTriplesWriter(TextWriter.Null, options),
        "N-Quads" => new NQuadsWriter(TextWriter.Null, options),
        "Turtle (streaming)" => new TurtleWriter(TextWriter.Null, options, TurtleWriterOptions.StreamingLayout),
        _ => new TriGWriter(TextWriter.Null, options, TurtleWriterOptions.StreamingLayout),
    };

    private static List<Quad> SampleQuads(bool namedGraphs)
    {
        var quads = new List<Quad>();
        for (var i = 0; i < 500; i++)
        {
            Term graph = namedGraphs && i % 3 == 0 ? Ex("g" + (i % 7)) : DefaultGraph.Instance;
            Term subject = i % 4 == 0 ? B("b" + i) : Ex("s" + (i / 3));
            Term obj = (i % 6) switch
            {
                0 => L("text with \"quotes\", a tab\t and a new line\n"),
                1 => new Literal("chat " + i, "en-GB"),
                2 => Typed(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Xsd.Integer),
                3 => new Iri("http://example.org/needs escaping/" + i),
                4 => B("weird label " + i),
                _ => Typed("2024-01-01", Xsd.Date),
            };
            quads.Add(new Quad(subject, Ex("p" + (i % 5)), obj, graph));
        }

        return quads;
    }
}
