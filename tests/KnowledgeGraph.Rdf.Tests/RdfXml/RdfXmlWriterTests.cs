using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;
using static KnowledgeGraph.Rdf.Tests.RdfXml.RdfXmlText;

namespace KnowledgeGraph.Rdf.Tests.RdfXml;

/// <summary>The shape of what the RDF/XML writer writes, and what it refuses.</summary>
public sealed class RdfXmlWriterTests
{
    private const string Ex = "http://example.org/";

    private static readonly RdfWriterOptions ExPrefix = new() { Prefixes = new Dictionary<string, string> { ["ex"] = Ex } };

    [Fact]
    public void A_subject_with_one_type_becomes_a_typed_node_element()
    {
        var xml = Write(
            [
                T(Ex + "alice", RdfVocabulary.Type.Value, new Iri(Ex + "Person")),
                T(Ex + "alice", Ex + "name", new Literal("Alice & <Bob>", "en")),
                T(Ex + "alice", Ex + "age", new Literal("42", Xsd.Integer)),
                T(Ex + "alice", Ex + "knows", new Iri(Ex + "bob?a=1&b=\"2\"")),
            ],
            ExPrefix);
        Assert.Equal(
            $"""
            <?xml version="1.0"?>
            <rdf:RDF
                xmlns:ex="http://example.org/"
                xmlns:rdf="{RdfNs}">
              <ex:Person rdf:about="http://example.org/alice">
                <ex:name xml:lang="en">Alice &amp; &lt;Bob&gt;</ex:name>
                <ex:age rdf:datatype="http://www.w3.org/2001/XMLSchema#integer">42</ex:age>
                <ex:knows rdf:resource="http://example.org/bob?a=1&amp;b=&quot;2&quot;"/>
              </ex:Person>
            </rdf:RDF>

            """.ReplaceLineEndings("\n"),
            xml);
    }

    [Fact]
    public void Two_types_or_an_unnameable_type_keep_rdf_Description()
    {
        var two = Write([T(Ex + "s", RdfVocabulary.Type.Value, new Iri(Ex + "A")), T(Ex + "s", RdfVocabulary.Type.Value, new Iri(Ex + "B"))], ExPrefix);
        Assert.Contains("<rdf:Description rdf:about=\"http://example.org/s\">", two, StringComparison.Ordinal);
        Assert.Contains("<rdf:type rdf:resource=\"http://example.org/A\"/>", two, StringComparison.Ordinal);
        var unnameable = Write([T(Ex + "s", RdfVocabulary.Type.Value, new Iri(Ex + "a/"))], ExPrefix);
        Assert.Contains("<rdf:Description", unnameable, StringComparison.Ordinal);
        var rdfLi = Write([T(Ex + "s", RdfVocabulary.Type.Value, new Iri(RdfNs + "li"))], ExPrefix);
        Assert.Contains("<rdf:Description", rdfLi, StringComparison.Ordinal);
    }

    [Fact]
    public void Predicates_outside_the_given_prefixes_get_generated_ones_declared_where_used()
    {
        var xml = Write([T(Ex + "s", "http://other.example/vocab#p", new Literal("v")), T(Ex + "s", "urn:x:1q", new Literal("w"))], ExPrefix);
        Assert.Contains("<ns1:p xmlns:ns1=\"http://other.example/vocab#\">v</ns1:p>", xml, StringComparison.Ordinal);
        Assert.Contains("<ns2:q xmlns:ns2=\"urn:x:1\">w</ns2:q>", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_nodes_use_rdf_nodeID_and_labels_that_are_not_names_are_encoded()
    {
        var quads = new List<Quad>
        {
            new(new BlankNode("b1"), new Iri(Ex + "p"), new BlankNode("weird label")),
            new(new BlankNode("weird label"), new Iri(Ex + "p"), new BlankNode("kgx-1")),
        };
        var xml = Write(quads, ExPrefix);
        Assert.Contains("rdf:nodeID=\"b1\"", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("weird label", xml, StringComparison.Ordinal);
        Assert.Null(GraphIsomorphism.Explain(Read(xml), quads));
    }

    [Fact]
    public void Carriage_returns_and_whitespace_survive()
    {
        var quads = new List<Quad> { T(Ex + "s", Ex + "p", new Literal("  a\r\nb\tc \n")) };
        var xml = Write(quads, ExPrefix);
        Assert.Contains("&#xD;", xml, StringComparison.Ordinal);
        Assert.Equal(Lines(quads), Lines(Read(xml)));
    }

    [Fact]
    public void A_named_graph_quad_is_refused_with_a_clear_error()
    {
        var text = new StringWriter();
        using var writer = new Formats.RdfXml.RdfXmlWriter(text);
        var error = Assert.Throws<ArgumentException>(() => writer.Write(new Quad(new Iri(Ex + "s"), new Iri(Ex + "p"), new Iri(Ex + "o"), new Iri(Ex + "g"))));
        Assert.Contains("named graph <http://example.org/g>", error.Message, StringComparison.Ordinal);
        Assert.Contains("N-Quads or TriG", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://example.org/", "does not end in an XML name")]
    [InlineData("urn:x:%41", "does not end in an XML name")]
    [InlineData("http://www.w3.org/1999/02/22-rdf-syntax-ns#li", "reserves")]
    [InlineData("http://www.w3.org/1999/02/22-rdf-syntax-ns#about", "reserves")]
    public void Predicates_rdf_xml_cannot_name_are_refused(string predicate, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => Write([T(Ex + "s", predicate, new Literal("v"))]));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_xml_cannot_carry_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Write([T(Ex + "s", Ex + "p", new Literal("a\u0001b"))]));
        Assert.Contains("U+0001", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_document_is_an_empty_rdf_RDF_that_reads_back_empty()
    {
        var xml = Write([]);
        Assert.EndsWith("</rdf:RDF>\n", xml, StringComparison.Ordinal);
        Assert.Empty(Read(xml));
    }

    [Fact]
    public void Writing_streams_one_subject_at_a_time()
    {
        var text = new StringWriter();
        using var writer = new Formats.RdfXml.RdfXmlWriter(text, ExPrefix);
        writer.Write(T(Ex + "a", Ex + "p", new Literal("1")));
        writer.Write(T(Ex + "b", Ex + "p", new Literal("2")));

        // The first subject is complete and written once the second starts; the second is still held.
        Assert.Contains("</rdf:Description>", text.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("http://example.org/b", text.ToString(), StringComparison.Ordinal);
        writer.Finish();
        Assert.Contains("http://example.org/b", text.ToString(), StringComparison.Ordinal);
    }
}
