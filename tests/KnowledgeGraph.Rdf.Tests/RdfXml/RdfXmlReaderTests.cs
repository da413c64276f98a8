using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;
using static KnowledgeGraph.Rdf.Tests.RdfXml.RdfXmlText;

namespace KnowledgeGraph.Rdf.Tests.RdfXml;

/// <summary>The grammar of RDF 1.1 XML Syntax, form by form, on small documents.</summary>
public sealed class RdfXmlReaderTests
{
    private const string Ex = "http://example.org/";

    [Fact]
    public void Typed_node_element_with_property_attributes_and_elements()
    {
        var quads = Read(Document("""
            <ex:Person rdf:about="http://example.org/alice" ex:name="Alice" rdf:type="http://example.org/Agent">
              <ex:knows rdf:resource="bob"/>
              <ex:age rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">42</ex:age>
              <ex:motto xml:lang="EN-gb">Be kind</ex:motto>
            </ex:Person>
            """));
        Assert.Equal(
            Lines([
                T(Ex + "alice", RdfVocabulary.Type.Value, new Iri(Ex + "Person")),
                T(Ex + "alice", RdfVocabulary.Type.Value, new Iri(Ex + "Agent")),
                T(Ex + "alice", Ex + "name", new Literal("Alice")),
                T(Ex + "alice", Ex + "knows", new Iri(Ex + "base/bob")),
                T(Ex + "alice", Ex + "age", new Literal("42", Xsd.Integer)),
                T(Ex + "alice", Ex + "motto", new Literal("Be kind", "en-gb")),
            ]),
            Lines(quads));
    }

    [Fact]
    public void The_root_namespace_declarations_are_the_prefixes()
    {
        using var reader = new Formats.RdfXml.RdfXmlReader(new StringReader(Document("<rdf:Description rdf:about=\"http://example.org/s\" xmlns:inner=\"urn:inner\"/>")));
        _ = reader.ReadQuads().ToList();
        Assert.Equal(RdfNs, reader.Prefixes["rdf"]);
        Assert.Equal(Ex, reader.Prefixes["ex"]);
        Assert.False(reader.Prefixes.ContainsKey("inner"));
    }

    [Fact]
    public void Unqualified_about_resource_and_type_are_read_as_their_rdf_forms()
    {
        var quads = Read(Document("""<rdf:Description about="http://example.org/s" type="http://example.org/T"><ex:p resource="http://example.org/o"/></rdf:Description>"""));
        Assert.Equal(
            Lines([T(Ex + "s", RdfVocabulary.Type.Value, new Iri(Ex + "T")), T(Ex + "s", Ex + "p", new Iri(Ex + "o"))]),
            Lines(quads));
    }

    [Fact]
    public void Root_node_element_without_rdf_RDF()
    {
        var quads = Read($"""<ex:Thing xmlns:ex="{Ex}" xmlns:rdf="{RdfNs}" rdf:about="#t"><ex:p>v</ex:p></ex:Thing>""");
        Assert.Equal(2, quads.Count);
        Assert.Equal(new Iri(Ex + "base/doc.rdf#t"), quads[0].Subject);
    }

    [Fact]
    public void Nested_node_elements_and_parse_type_resource_make_blank_nodes()
    {
        var quads = Read(Document("""
            <rdf:Description rdf:about="http://example.org/s">
              <ex:p><rdf:Description><ex:q>inner</ex:q></rdf:Description></ex:p>
              <ex:r rdf:parseType="Resource"><ex:q>res</ex:q></ex:r>
              <ex:e ex:q="attr"/>
            </rdf:Description>
            """));
        var expected = new TurtleReaderHelper("""
            <http://example.org/s> <http://example.org/p> _:a . _:a <http://example.org/q> "inner" .
            <http://example.org/s> <http://example.org/r> _:b . _:b <http://example.org/q> "res" .
            <http://example.org/s> <http://example.org/e> _:c . _:c <http://example.org/q> "attr" .
            """).Quads;
        Assert.Null(GraphIsomorphism.Explain(quads, expected));
    }

    [Fact]
    public void Collections_and_li_numbering()
    {
        var quads = Read(Document("""
            <rdf:Seq rdf:about="http://example.org/seq"><rdf:li>one</rdf:li><rdf:li>two</rdf:li><rdf:_7>seven</rdf:_7></rdf:Seq>
            <rdf:Description rdf:about="http://example.org/s">
              <ex:list rdf:parseType="Collection"><rdf:Description rdf:about="http://example.org/a"/><ex:B rdf:nodeID="n"/></ex:list>
              <ex:empty rdf:parseType="Collection"/>
            </rdf:Description>
            """));
        var expected = new TurtleReaderHelper("""
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            <http://example.org/seq> a rdf:Seq ; rdf:_1 "one" ; rdf:_2 "two" ; rdf:_7 "seven" .
            <http://example.org/s> <http://example.org/list> ( <http://example.org/a> _:n ) ; <http://example.org/empty> () .
            _:n a <http://example.org/B> .
            """).Quads;
        Assert.Null(GraphIsomorphism.Explain(quads, expected));
    }

    [Fact]
    public void Rdf_ID_on_a_property_element_reifies_the_statement()
    {
        var quads = Read(Document("""<rdf:Description rdf:about="http://example.org/s"><ex:p rdf:ID="st">v</ex:p></rdf:Description>"""));
        var st = "http://example.org/base/doc.rdf#st";
        Assert.Equal(
            Lines([
                T(Ex + "s", Ex + "p", new Literal("v")),
                T(st, RdfVocabulary.Type.Value, RdfVocabulary.Statement),
                T(st, RdfVocabulary.Subject.Value, new Iri(Ex + "s")),
                T(st, RdfVocabulary.Predicate.Value, new Iri(Ex + "p")),
                T(st, RdfVocabulary.Object.Value, new Literal("v")),
            ]),
            Lines(quads));
    }

    [Fact]
    public void Xml_base_and_xml_lang_are_scoped_to_their_element()
    {
        var quads = Read(Document("""
            <rdf:Description rdf:about="a" xml:lang="fr">
              <ex:p xml:base="http://other.example/x/y" rdf:resource="../z"/>
              <ex:q>bonjour</ex:q>
              <ex:r xml:lang="">plain</ex:r>
            </rdf:Description>
            <rdf:Description rdf:about="b"><ex:q>hello</ex:q></rdf:Description>
            """));
        Assert.Equal(
            Lines([
                T(Ex + "base/a", Ex + "p", new Iri("http://other.example/z")),
                T(Ex + "base/a", Ex + "q", new Literal("bonjour", "fr")),
                T(Ex + "base/a", Ex + "r", new Literal("plain")),
                T(Ex + "base/b", Ex + "q", new Literal("hello")),
            ]),
            Lines(quads));
    }

    [Fact]
    public void Xml_literals_are_in_exclusive_canonical_form()
    {
        var quads = Read(Document("""
            <rdf:Description rdf:about="http://example.org/s" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:unused="urn:u">
              <ex:p rdf:parseType="Literal"><h:b z="1" a="&quot;x&#10;"/>a &amp; b &gt; c<c xmlns="urn:d"><d/></c></ex:p>
            </rdf:Description>
            """));
        var literal = Assert.IsType<Literal>(Assert.Single(quads).Obj);
        Assert.Equal(RdfVocabulary.XmlLiteral, literal.Datatype);
        Assert.Equal(
            "<h:b xmlns:h=\"http://www.w3.org/1999/xhtml\" a=\"&quot;x&#xA;\" z=\"1\"></h:b>a &amp; b &gt; c<c xmlns=\"urn:d\"><d></d></c>",
            literal.LexicalForm);
    }

    [Fact]
    public void Empty_property_elements_are_empty_literals_with_the_language_in_scope()
    {
        var quads = Read(Document("""<rdf:Description rdf:about="http://example.org/s" xml:lang="de"><ex:p/><ex:q></ex:q><ex:d rdf:datatype="http://example.org/dt"/></rdf:Description>"""));
        Assert.Equal(
            Lines([
                T(Ex + "s", Ex + "p", new Literal(string.Empty, "de")),
                T(Ex + "s", Ex + "q", new Literal(string.Empty, "de")),
                T(Ex + "s", Ex + "d", new Literal(string.Empty, new Iri(Ex + "dt"))),
            ]),
            Lines(quads));
    }

    [Fact]
    public void Blank_node_labels_are_renamed_apart_per_document_unless_preserved()
    {
        const string doc = """<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/"><rdf:Description rdf:nodeID="x"><ex:p rdf:nodeID="x"/></rdf:Description></rdf:RDF>""";
        var first = Assert.Single(Read(doc, preserveLabels: false));
        var second = Assert.Single(Read(doc, preserveLabels: false));
        Assert.Equal(first.Subject, first.Obj);
        Assert.NotEqual(first.Subject, second.Subject);
        Assert.Equal(new BlankNode("x"), Assert.Single(Read(doc)).Subject);
    }

    [Theory]
    [InlineData("""<rdf:Description rdf:about="http://example.org/s"><rdf:RDF/></rdf:Description>""", "rdf:RDF cannot be used as a property element")]
    [InlineData("""<rdf:li rdf:about="http://example.org/s"/>""", "rdf:li cannot be used as a node element")]
    [InlineData("""<rdf:Description rdf:aboutEach="http://example.org/s"/>""", "rdf:aboutEach cannot be used")]
    [InlineData("""<rdf:Description rdf:about="http://example.org/s" rdf:nodeID="n"/>""", "only one of rdf:ID, rdf:nodeID and rdf:about")]
    [InlineData("""<rdf:Description rdf:ID="a"/><rdf:Description rdf:ID="a"/>""", "used twice")]
    [InlineData("""<rdf:Description rdf:ID="1a"/>""", "not an XML NCName")]
    [InlineData("""<rdf:Description rdf:about="http://example.org/s"><ex:p rdf:resource="http://example.org/o">text</ex:p></rdf:Description>""", "must be empty, but holds text")]
    [InlineData("""<rdf:Description rdf:about="http://example.org/s"><ex:p>text<rdf:Description/></ex:p></rdf:Description>""", "both text and a node element")]
    [InlineData("""<rdf:Description rdf:about="http://example.org/s"><ex:p rdf:parseType="Literal" rdf:resource="http://example.org/o"/></rdf:Description>""", "rdf:parseType=\"Literal\" allows no")]
    [InlineData("""<rdf:Description rdf:about="http://example.org/s">loose text</rdf:Description>""", "is not allowed directly inside a node element")]
    [InlineData("""<rdf:Description rdf:about="http://example.org/s" name="x"/>""", "is in no namespace")]
    public void Forbidden_forms_are_errors_that_say_what_is_wrong(string body, string expected)
    {
        var error = Reject(Document(body));
        Assert.Contains(expected, error.Description, StringComparison.Ordinal);
        Assert.Equal("test.rdf", error.SourceName);
        Assert.True(error.Line >= 1 && error.Column >= 1, error.Message);
    }

    [Fact]
    public void Errors_carry_the_line_and_column_of_the_offending_element()
    {
        var error = Reject("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n  <rdf:Description rdf:about=\"http://example.org/s\">\n    <rdf:li_not_a_problem/>\n      <rdf:about/>\n  </rdf:Description>\n</rdf:RDF>");
        Assert.Equal(4, error.Line);
        Assert.Equal(8, error.Column);
        Assert.StartsWith("test.rdf:4:8: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_xml_is_a_parse_error_with_its_position()
    {
        var error = Reject("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n<rdf:Description></rdf:RDF>");
        Assert.Contains("not well-formed XML", error.Description, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void A_relative_iri_without_a_base_is_an_error()
    {
        var error = Reject(Document("""<rdf:Description rdf:about="relative"/>"""), baseIri: null);
        Assert.Contains("no base IRI", error.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Lenient_mode_keeps_what_came_before_the_error_and_records_it()
    {
        var xml = Document("""<rdf:Description rdf:about="http://example.org/a" ex:p="1"/><rdf:Description rdf:about="http://example.org/b"><rdf:about/></rdf:Description>""");
        using var reader = new Formats.RdfXml.RdfXmlReader(new StringReader(xml), new RdfReaderOptions { Lenient = true });
        var quads = reader.ReadQuads().ToList();
        Assert.Single(quads);
        Assert.Equal(1, reader.SkippedStatements);
        Assert.Contains("rdf:about", Assert.Single(reader.Errors).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Triples_are_yielded_while_the_document_is_still_being_read()
    {
        // An endless document: if the reader waited for the end, this would never return.
        using var reader = new Formats.RdfXml.RdfXmlReader(new EndlessDocument());
        var first = reader.ReadQuads().Take(1000).ToList();
        Assert.Equal(1000, first.Count);
        Assert.Equal(new Literal("999"), first[999].Obj);
    }

    /// <summary>Streams rdf:Description elements forever.</summary>
    private sealed class EndlessDocument : TextReader
    {
        private string _chunk = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">";
        private int _at;
        private int _next;

        public override int Peek() => _chunk[_at];

        public override int Read()
        {
            var c = _chunk[_at++];
            Refill();
            return c;
        }

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(count, _chunk.Length - _at);
            _chunk.CopyTo(_at, buffer, index, n);
            _at += n;
            Refill();
            return n;
        }

        private void Refill()
        {
            if (_at == _chunk.Length)
            {
                _chunk = $"<rdf:Description rdf:about=\"http://example.org/{_next}\"><ex:n>{_next}</ex:n></rdf:Description>\n";
                _next++;
                _at = 0;
            }
        }
    }

    /// <summary>The expected graph, written in Turtle and read with our Turtle reader.</summary>
    private sealed class TurtleReaderHelper(string turtle)
    {
        public List<Quad> Quads { get; } = new Formats.Turtle.TurtleReader(new StringReader(turtle)).ReadQuads().ToList();
    }
}
