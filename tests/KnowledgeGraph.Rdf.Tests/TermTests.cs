using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Rdf.Tests;

public sealed class TermTests
{
    [Fact]
    public void Simple_literals_are_xsd_strings_and_language_tags_are_case_insensitive()
    {
        Assert.Equal(new Literal("a"), new Literal("a", Xsd.String));
        Assert.True(new Literal("a").IsSimple);
        Assert.Equal(new Literal("chat", "EN-gb"), new Literal("chat", "en-GB"));
        Assert.Equal(RdfVocabulary.LangString, new Literal("chat", "fr").Datatype);
        Assert.NotEqual(new Literal("1", Xsd.Integer), new Literal("1"));
    }

    [Fact]
    public void A_langString_without_a_tag_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Literal("x", RdfVocabulary.LangString));
    }

    [Fact]
    public void Terms_have_a_total_order_by_kind_then_text()
    {
        Term[] terms = [new Literal("b"), new Iri("http://b"), DefaultGraph.Instance, new BlankNode("z"), new Iri("http://a"), new Literal("a", "en"), new BlankNode("a")];

        var sorted = terms.Order().Select(t => t.ToString()).ToList();

        Assert.Equal(["", "_:a", "_:z", "<http://a>", "<http://b>", "\"a\"@en", "\"b\""], sorted);
    }

    [Fact]
    public void ToString_is_canonical_ntriples()
    {
        Assert.Equal("\"a\\\"b\\\\c\\nd\\u0001\"", new Literal("a\"b\\c\nd\u0001").ToString());
        Assert.Equal("\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>", new Literal("1", Xsd.Integer).ToString());
        Assert.Equal("<http://example.org/s> <http://example.org/p> \"o\" <http://example.org/g> .", new Quad(new Iri("http://example.org/s"), new Iri("http://example.org/p"), new Literal("o"), new Iri("http://example.org/g")).ToString());
    }

    [Fact]
    public void Iri_parse_rejects_relative_and_malformed_iris()
    {
        Assert.Equal("http://example.org/x", Iri.Parse("http://example.org/x").Value);
        var error = Assert.Throws<FormatException>(() => Iri.Parse("no scheme"));
        Assert.Contains("scheme", error.Message, StringComparison.Ordinal);
    }
}
