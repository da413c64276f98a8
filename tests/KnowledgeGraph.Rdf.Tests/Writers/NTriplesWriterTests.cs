using KnowledgeGraph.Rdf.Formats.Writers;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;
using static KnowledgeGraph.Rdf.Tests.Writers.WriterRun;

namespace KnowledgeGraph.Rdf.Tests.Writers;

public sealed class NTriplesWriterTests
{
    private static string Nt(params Quad[] quads) => Write(w => new NTriplesWriter(w), quads);

    [Fact]
    public void Writes_one_statement_per_line_with_lf_line_ends()
    {
        var text = Nt(new Quad(Ex("s"), Ex("p"), Ex("o")), new Quad(B("b1"), Ex("p"), L("x")));
        Assert.Equal("<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n_:b1 <http://example.org/p> \"x\" .\n", text);
    }

    [Fact]
    public void Escapes_string_corner_cases_canonically()
    {
        var text = Nt(new Quad(Ex("s"), Ex("p"), L("q\"b\\t\tn\nr\rb\bf\fnul\0del\u007Fesc\u001Bend\\")));
        Assert.Equal("<http://example.org/s> <http://example.org/p> \"q\\\"b\\\\t\\tn\\nr\\rb\\bf\\fnul\\u0000del\\u007Fesc\\u001Bend\\\\\" .\n", text);
    }

    [Fact]
    public void Keeps_non_ascii_and_astral_characters_as_they_are()
    {
        var value = "e\u0301 \u00E9 \U0001F600 \u4E2D \u200D";
        var text = Nt(new Quad(Ex("s"), Ex("p"), L(value)));
        Assert.Equal($"<http://example.org/s> <http://example.org/p> \"{value}\" .\n", text);
    }

    [Fact]
    public void Writes_language_tags_and_datatypes()
    {
        var text = Nt(
            new Quad(Ex("s"), Ex("p"), new Literal("chat", "EN-gb-Oxendict")),
            new Quad(Ex("s"), Ex("p"), Typed("1", Xsd.Integer)),
            new Quad(Ex("s"), Ex("p"), Typed("x", Xsd.String)));
        Assert.Equal(
            "<http://example.org/s> <http://example.org/p> \"chat\"@en-gb-oxendict .\n"
            + "<http://example.org/s> <http://example.org/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
            + "<http://example.org/s> <http://example.org/p> \"x\" .\n",
            text);
    }

    [Fact]
    public void Escapes_characters_that_iriref_forbids()
    {
        var text = Nt(new Quad(new Iri("http://example.org/a b<c>\"{|}^`\\"), Ex("p"), Ex("o")));
        Assert.Equal("<http://example.org/a\\u0020b\\u003Cc\\u003E\\u0022\\u007B\\u007C\\u007D\\u005E\\u0060\\u005C> <http://example.org/p> <http://example.org/o> .\n", text);
    }

    [Fact]
    public void Encodes_blank_node_labels_that_are_not_valid_labels_without_collisions()
    {
        var text = Nt(
            new Quad(B("a b"), Ex("p"), B("kgx-0061")),
            new Quad(B("ok.label"), Ex("p"), B("-x")));
        Assert.Equal(
            "_:kgx-006100200062 <http://example.org/p> _:kgx-006B00670078002D0030003000360031 .\n"
            + "_:ok.label <http://example.org/p> _:kgx-002D0078 .\n",
            text);
    }

    [Fact]
    public void Rejects_a_quad_in_a_named_graph_with_a_clear_error()
    {
        var error = Assert.Throws<ArgumentException>(() => Nt(new Quad(Ex("s"), Ex("p"), Ex("o"), Ex("g"))));
        Assert.Contains("named graph <http://example.org/g>", error.Message, StringComparison.Ordinal);
        Assert.Contains("N-Quads", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_literal_subject()
    {
        var error = Assert.Throws<ArgumentException>(() => Nt(new Quad(L("s"), Ex("p"), Ex("o"))));
        Assert.Contains("subject must be an IRI or a blank node", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_language_tag_that_is_not_well_formed()
    {
        var error = Assert.Throws<ArgumentException>(() => Nt(new Quad(Ex("s"), Ex("p"), new Literal("x", "en gb"))));
        Assert.Contains("'en gb'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_graph_is_an_empty_document()
    {
        Assert.Equal(string.Empty, Nt());
    }

    [Fact]
    public void Writing_after_finish_fails_and_finish_twice_is_harmless()
    {
        using var text = new StringWriter();
        var writer = new NTriplesWriter(text);
        writer.Write(new Quad(Ex("s"), Ex("p"), Ex("o")));
        writer.Finish();
        writer.Finish();
        Assert.Throws<InvalidOperationException>(() => writer.Write(new Quad(Ex("s"), Ex("p"), Ex("o"))));
        writer.Dispose();
        Assert.Equal("<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n", text.ToString());
    }

    [Fact]
    public void Disposing_without_finish_flushes_everything()
    {
        using var text = new StringWriter();
        using (var writer = new NTriplesWriter(text))
        {
            for (var i = 0; i < 2000; i++)
            {
                writer.Write(new Quad(Ex("s"), Ex("p"), Typed(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Xsd.Integer)));
            }
        }

        var lines = text.ToString().Split('\n');
        Assert.Equal(2001, lines.Length);
        Assert.EndsWith("\"1999\"^^<http://www.w3.org/2001/XMLSchema#integer> .", lines[1999], StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_literals_larger_than_the_buffer_whole()
    {
        var big = new string('x', 100_000) + "\"" + new string('y', 50_000);
        var text = Nt(new Quad(Ex("s"), Ex("p"), L(big)));
        Assert.Equal("<http://example.org/s> <http://example.org/p> \"" + big.Replace("\"", "\\\"", StringComparison.Ordinal) + "\" .\n", text);
    }

    [Fact]
    public void Matches_the_canonical_formatter_term_by_term()
    {
        var terms = new Term[] { Ex("a\u0001"), L("\u0085\u2028tab\t"), new Literal("x", Xsd.DateTime), B("x1") };
        foreach (var obj in terms)
        {
            var quad = new Quad(Ex("s"), Ex("p"), obj);
            Assert.Equal(quad + "\n", Nt(quad));
        }
    }
}
