using KnowledgeGraph.Rdf.Formats.Writers;
using KnowledgeGraph.Rdf.Model;
using static KnowledgeGraph.Rdf.Tests.Writers.WriterRun;

namespace KnowledgeGraph.Rdf.Tests.Writers;

public sealed class RdfWritersTests
{
    [Fact]
    public void Creates_the_writer_of_each_supported_format()
    {
        using var text = new StringWriter();
        Assert.IsType<NTriplesWriter>(RdfWriters.Create(RdfFormat.NTriples, text));
        Assert.IsType<NQuadsWriter>(RdfWriters.Create(RdfFormat.NQuads, text));
        Assert.IsType<TurtleWriter>(RdfWriters.Create(RdfFormat.Turtle, text));
        Assert.IsType<TriGWriter>(RdfWriters.Create(RdfFormat.TriG, text));
    }

    [Fact]
    public void Formats_without_a_writer_are_not_supported_with_a_clear_message()
    {
        var format = new RdfFormat("none", "No Format", "application/x-none", [], [".none"], false);
        var error = Assert.Throws<NotSupportedException>(() => RdfWriters.Create(format, TextWriter.Null));
        Assert.Contains(format.DisplayName, error.Message, StringComparison.Ordinal);
        Assert.Contains("N-Triples, N-Quads, Turtle, TriG", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Passes_the_options_and_layout_on()
    {
        var options = new RdfWriterOptions { Prefixes = new Dictionary<string, string> { ["ex"] = "http://example.org/" } };
        var text = Write(w => RdfWriters.Create(RdfFormat.Turtle, w, options, TurtleWriterOptions.StreamingLayout),
            new Quad(Ex("s"), Ex("p"), Ex("o")), new Quad(Ex("s"), Ex("p"), Ex("o")));
        Assert.Equal("@prefix ex: <http://example.org/> .\n\nex:s ex:p ex:o, ex:o .\n", text);
    }
}
