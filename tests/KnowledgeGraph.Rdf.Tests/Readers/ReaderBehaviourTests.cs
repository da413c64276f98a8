using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats.Turtle;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Rdf.Tests.Readers;

public sealed class ReaderBehaviourTests
{
    private const string Ex = "http://example.org/";

    [Fact]
    public void Lenient_ntriples_skips_bad_lines_and_counts_them()
    {
        var text = $"<{Ex}a> <{Ex}p> <{Ex}b> .\n<{Ex}a> <{Ex}p> bad .\n<{Ex}c> <{Ex}p> \"x\" .\n<{Ex}d> <{Ex}p> \"unterminated .\n<{Ex}e> <{Ex}p> <{Ex}f> .\n";
        using var reader = new NTriplesReader(new StringReader(text), new RdfReaderOptions { Lenient = true, SourceName = "in.nt" });

        var quads = reader.ReadQuads().ToList();

        Assert.Equal(["a", "c", "e"], quads.Select(q => ((Iri)q.Subject).Value[Ex.Length..]));
        Assert.Equal(2, reader.SkippedStatements);
        Assert.Equal([2, 4], reader.Errors.Select(e => e.Line));
        Assert.All(reader.Errors, e => Assert.StartsWith("in.nt:", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Lenient_turtle_drops_the_whole_bad_statement_and_resumes_after_it()
    {
        var text = "@prefix ex: <http://example.org/> .\n"
            + "ex:a ex:p ex:b ; ex:q ex:c .\n"
            + "ex:bad ex:p ex:x ; ex:q undefined:y .\n"
            + "ex:d ex:p \"a.b\" , ex:e .\n";
        using var reader = new TurtleReader(new StringReader(text), new RdfReaderOptions { Lenient = true });

        var quads = reader.ReadQuads().ToList();

        Assert.Equal(4, quads.Count);
        Assert.DoesNotContain(quads, q => ((Iri)q.Subject).Value == Ex + "bad");
        Assert.Equal(1, reader.SkippedStatements);
        Assert.Contains("undefined prefix 'undefined:'", reader.Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_reader_stops_at_the_first_error_after_yielding_the_statements_before_it()
    {
        var text = $"<{Ex}a> <{Ex}p> <{Ex}b> .\n<{Ex}a> <{Ex}p> .\n";
        using var reader = new NTriplesReader(new StringReader(text));
        var seen = new List<Quad>();

        var error = Assert.Throws<RdfParseException>(() =>
        {
            foreach (var q in reader.ReadQuads())
            {
                seen.Add(q);
            }
        });

        Assert.Single(seen);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Readers_stream_without_reading_the_whole_input()
    {
        // An endless input: a reader that buffered the document would never return.
        using var reader = new NTriplesReader(new EndlessTriples());

        var first = reader.ReadQuads().Take(1000).ToList();

        Assert.Equal(1000, first.Count);
        Assert.Equal(new Iri(Ex + "s999"), first[^1].Subject);
    }

    [Fact]
    public void Blank_node_labels_are_scoped_to_their_document()
    {
        const string text = "_:a <http://example.org/p> _:a .\n";
        using var one = new NTriplesReader(new StringReader(text));
        using var two = new NTriplesReader(new StringReader(text));

        var q1 = one.ReadQuads().Single();
        var q2 = two.ReadQuads().Single();

        Assert.Equal(q1.Subject, q1.Obj);
        Assert.NotEqual(q1.Subject, q2.Subject);
    }

    [Fact]
    public void Blank_node_labels_can_be_kept()
    {
        using var reader = new NTriplesReader(new StringReader("_:x1 <http://example.org/p> _:x2 .\n"), new RdfReaderOptions { PreserveBlankNodeLabels = true });

        var quad = reader.ReadQuads().Single();

        Assert.Equal(new BlankNode("x1"), quad.Subject);
        Assert.Equal(new BlankNode("x2"), quad.Obj);
    }

    [Fact]
    public void Turtle_abbreviations_expand_to_the_expected_triples()
    {
        const string text = """
            @base <http://example.org/base/> .
            @prefix : <http://example.org/> .
            PREFIX x: <rel/>
            :s a :T ; :n 1, -2.5, 3e2, true ;
               :l ( :a "b"@EN-gb ) ;
               :b [ :q x:y ] .
            <#frag> :p '''multi
            line''' .
            """;
        using var reader = new TurtleReader(new StringReader(text));

        var quads = reader.ReadQuads().ToList();

        var s = new Iri(Ex + "s");
        Assert.Contains(new Quad(s, RdfVocabulary.Type, new Iri(Ex + "T")), quads);
        Assert.Contains(new Quad(s, new Iri(Ex + "n"), new Literal("1", Xsd.Integer)), quads);
        Assert.Contains(new Quad(s, new Iri(Ex + "n"), new Literal("-2.5", Xsd.Decimal)), quads);
        Assert.Contains(new Quad(s, new Iri(Ex + "n"), new Literal("3e2", Xsd.Double)), quads);
        Assert.Contains(new Quad(s, new Iri(Ex + "n"), new Literal("true", Xsd.Boolean)), quads);
        Assert.Contains(quads, q => q.Predicate == RdfVocabulary.First && q.Obj.Equals(new Literal("b", "en-GB")));
        Assert.Contains(quads, q => q.Predicate.Value == Ex + "q" && q.Obj.Equals(new Iri("http://example.org/base/rel/y")));
        Assert.Contains(new Quad(new Iri("http://example.org/base/#frag"), new Iri(Ex + "p"), new Literal("multi\nline")), quads);
        Assert.Equal("http://example.org/base/rel/", reader.Prefixes["x"]);
        Assert.Equal(13, quads.Count); // 1 type, 4 numbers, 1 + 4 for the list, 1 + 1 for the blank node, 1 for #frag
    }

    [Fact]
    public void Trig_puts_each_block_in_its_graph()
    {
        const string text = """
            @prefix : <http://example.org/> .
            :a :p :b .
            :g1 { :a :p :c }
            GRAPH :g2 { :a :p :d . :a :p :e . }
            { :a :p :f }
            """;
        using var reader = new TriGReader(new StringReader(text));

        var byGraph = reader.ReadQuads().GroupBy(q => q.Graph).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(2, byGraph[DefaultGraph.Instance]);
        Assert.Equal(1, byGraph[new Iri(Ex + "g1")]);
        Assert.Equal(2, byGraph[new Iri(Ex + "g2")]);
    }

    [Fact]
    public void Escapes_and_astral_characters_are_decoded()
    {
        const string text = "<http://example.org/s> <http://example.org/p> \"tab\\there \\u00E9 \\U0001F600 \\uD83D\\uDE00 \\\"q\\\"\" .\n";
        using var reader = new NTriplesReader(new StringReader(text));

        var literal = (Literal)reader.ReadQuads().Single().Obj;

        Assert.Equal("tab\there é 😀 😀 \"q\"", literal.LexicalForm);
    }

    [Fact]
    public void A_byte_order_mark_is_ignored()
    {
        using var reader = new NTriplesReader(new StringReader("\uFEFF<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n"));

        Assert.Single(reader.ReadQuads());
    }

    /// <summary>A TextReader that never ends: line i is a triple with subject s{i}.</summary>
    private sealed class EndlessTriples : TextReader
    {
        private long _line;
        private string _current = string.Empty;
        private int _pos;

        public override int Read(char[] buffer, int index, int count)
        {
            var written = 0;
            while (written < count)
            {
                if (_pos == _current.Length)
                {
                    _current = new StringBuilder().Append("<").Append(Ex).Append('s').Append(_line++).Append("> <").Append(Ex).Append("p> \"v\" .\n").ToString();
                    _pos = 0;
                }

                buffer[index + written++] = _current[_pos++];
            }

            return written;
        }
    }
}
