using KnowledgeGraph.Rdf.Formats.Writers;
using KnowledgeGraph.Rdf.Model;
using static KnowledgeGraph.Rdf.Tests.Writers.WriterRun;

namespace KnowledgeGraph.Rdf.Tests.Writers;

public sealed class TriGWriterTests
{
    private const string Header = "@prefix ex: <http://example.org/> .\n\n";

    private static readonly RdfWriterOptions Prefixed = new()
    {
        Prefixes = new Dictionary<string, string> { ["ex"] = "http://example.org/" },
    };

    private static string TriG(params Quad[] quads) => Write(w => new TriGWriter(w, Prefixed), quads);

    [Fact]
    public void Writes_the_default_graph_first_then_named_graphs_including_blank_named_ones()
    {
        var text = TriG(
            new Quad(Ex("s"), Ex("p"), Ex("o"), Ex("g")),
            new Quad(Ex("s"), Ex("p"), Ex("o")),
            new Quad(Ex("a"), Ex("b"), L("c"), B("g1")),
            new Quad(B("g1"), Ex("label"), L("G")));
        Assert.Equal(
            Header + "ex:s ex:p ex:o .\n\n_:g1 ex:label \"G\" .\n\nex:g {\n    ex:s ex:p ex:o .\n}\n\n_:g1 {\n    ex:a ex:b \"c\" .\n}\n",
            text);
    }

    [Fact]
    public void Does_not_inline_a_blank_node_whose_statements_are_in_another_graph()
    {
        var text = TriG(
            new Quad(Ex("s"), Ex("p"), B("b")),
            new Quad(B("b"), Ex("q"), L("v"), Ex("g")));
        Assert.Equal(Header + "ex:s ex:p _:b .\n\nex:g {\n    _:b ex:q \"v\" .\n}\n", text);
    }

    [Fact]
    public void Inlines_blank_nodes_inside_a_graph_block()
    {
        var text = TriG(
            new Quad(Ex("s"), Ex("p"), B("b"), Ex("g")),
            new Quad(B("b"), Ex("q"), L("1"), Ex("g")),
            new Quad(B("b"), Ex("r"), L("2"), Ex("g")),
            new Quad(Ex("t"), Ex("p"), Ex("o"), Ex("g")));
        Assert.Equal(
            Header + "ex:g {\n    ex:s ex:p [\n            ex:q \"1\" ;\n            ex:r \"2\"\n        ] .\n\n    ex:t ex:p ex:o .\n}\n",
            text);
    }

    [Fact]
    public void An_empty_dataset_is_the_header_alone()
    {
        Assert.Equal(Header, TriG());
    }

    [Fact]
    public void Streaming_layout_keeps_a_block_open_while_the_graph_stays_the_same()
    {
        var text = Write(
            w => new TriGWriter(w, Prefixed, TurtleWriterOptions.StreamingLayout),
            new Quad(Ex("s"), Ex("p"), Ex("o1"), Ex("g")),
            new Quad(Ex("s"), Ex("p"), Ex("o2"), Ex("g")),
            new Quad(Ex("s"), Ex("q"), Ex("o3"), Ex("g")),
            new Quad(Ex("t"), Ex("p"), Ex("o"), Ex("g")),
            new Quad(Ex("s"), Ex("p"), Ex("o")),
            new Quad(Ex("s"), Ex("p"), Ex("o"), B("g2")));
        Assert.Equal(
            Header + "ex:g {\n    ex:s ex:p ex:o1, ex:o2 ;\n        ex:q ex:o3 .\n    ex:t ex:p ex:o .\n}\n"
            + "ex:s ex:p ex:o .\n_:g2 {\n    ex:s ex:p ex:o .\n}\n",
            text);
    }
}
