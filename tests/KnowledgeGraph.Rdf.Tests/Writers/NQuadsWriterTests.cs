using KnowledgeGraph.Rdf.Formats.Writers;
using KnowledgeGraph.Rdf.Model;
using static KnowledgeGraph.Rdf.Tests.Writers.WriterRun;

namespace KnowledgeGraph.Rdf.Tests.Writers;

public sealed class NQuadsWriterTests
{
    private static string Nq(params Quad[] quads) => Write(w => new NQuadsWriter(w), quads);

    [Fact]
    public void Writes_the_graph_name_only_for_named_graphs()
    {
        var text = Nq(
            new Quad(Ex("s"), Ex("p"), Ex("o")),
            new Quad(Ex("s"), Ex("p"), L("x"), Ex("g")),
            new Quad(B("s"), Ex("p"), B("o"), B("g")));
        Assert.Equal(
            "<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n"
            + "<http://example.org/s> <http://example.org/p> \"x\" <http://example.org/g> .\n"
            + "_:s <http://example.org/p> _:o _:g .\n",
            text);
    }

    [Fact]
    public void Rejects_a_literal_graph_name()
    {
        var error = Assert.Throws<ArgumentException>(() => Nq(new Quad(Ex("s"), Ex("p"), Ex("o"), L("g"))));
        Assert.Contains("graph name must be an IRI or a blank node", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Agrees_with_quad_to_string()
    {
        var quad = new Quad(Ex("s"), Ex("p"), new Literal("a\\b\"c\u0007", "de-ch"), Ex("g"));
        Assert.Equal(quad + "\n", Nq(quad));
    }
}
