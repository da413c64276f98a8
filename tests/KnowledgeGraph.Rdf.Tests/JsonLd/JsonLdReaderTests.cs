using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats.JsonLd;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Rdf.Tests.JsonLd;

public sealed class JsonLdReaderTests
{
    private static List<Quad> Read(string json, RdfReaderOptions? options = null, JsonLdOptions? jsonLd = null)
    {
        using var reader = new JsonLdReader(new StringReader(json), options, jsonLd);
        return reader.ReadQuads().ToList();
    }

    private static RdfParseException ReadFails(string json, JsonLdOptions? jsonLd = null) =>
        Assert.Throws<RdfParseException>(() => Read(json, new RdfReaderOptions { SourceName = "doc.jsonld" }, jsonLd));

    [Fact]
    public void Terms_prefixes_and_vocab_expand_to_IRIs()
    {
        var quads = Read("""
            {
              "@context": {"@vocab": "http://ex.org/v#", "foaf": "http://xmlns.com/foaf/0.1/", "knows": {"@id": "foaf:knows", "@type": "@id"}},
              "@id": "http://ex.org/alice", "@type": "Person", "foaf:name": "Alice", "knows": "http://ex.org/bob", "age": 42
            }
            """);
        var alice = new Iri("http://ex.org/alice");
        Assert.Contains(new Quad(alice, RdfVocabulary.Type, new Iri("http://ex.org/v#Person")), quads);
        Assert.Contains(new Quad(alice, new Iri("http://xmlns.com/foaf/0.1/name"), new Literal("Alice")), quads);
        Assert.Contains(new Quad(alice, new Iri("http://xmlns.com/foaf/0.1/knows"), new Iri("http://ex.org/bob")), quads);
        Assert.Contains(new Quad(alice, new Iri("http://ex.org/v#age"), new Literal("42", Xsd.Integer)), quads);
        Assert.Equal(4, quads.Count);
    }

    [Fact]
    public void Numbers_become_integer_or_canonical_double()
    {
        var quads = Read("""{"@id": "http://ex.org/s", "http://ex.org/p": [5.0, 1.1, 1e21, true]}""");
        var objects = quads.Select(q => q.Obj).ToHashSet();
        Assert.Contains(new Literal("5", Xsd.Integer), objects);
        Assert.Contains(new Literal("1.1E0", Xsd.Double), objects);
        Assert.Contains(new Literal("1.0E21", Xsd.Double), objects);
        Assert.Contains(new Literal("true", Xsd.Boolean), objects);
    }

    [Fact]
    public void Lists_named_graphs_and_language_maps()
    {
        var quads = Read("""
            {
              "@context": {"p": {"@id": "http://ex.org/p", "@container": "@list"}, "label": {"@id": "http://ex.org/label", "@container": "@language"}},
              "@id": "http://ex.org/g",
              "@graph": [{"@id": "http://ex.org/s", "p": ["a", "b"], "label": {"en": "Kabul", "fr": "Kaboul"}}]
            }
            """);
        var g = new Iri("http://ex.org/g");
        Assert.All(quads, q => Assert.Equal(g, q.Graph));
        Assert.Contains(quads, q => q.Obj.Equals(new Literal("Kaboul", "fr")));
        Assert.Equal(2, quads.Count(q => q.Predicate.Equals(RdfVocabulary.First)));
        Assert.Contains(quads, q => q.Predicate.Equals(RdfVocabulary.Rest) && q.Obj.Equals(RdfVocabulary.Nil));
    }

    [Fact]
    public void Json_literals_are_canonical()
    {
        var quads = Read("""{"@context": {"j": {"@id": "http://ex.org/j", "@type": "@json"}}, "@id": "http://ex.org/s", "j": {"b": [1.0, "x\u0001"], "a": null}}""");
        var literal = Assert.IsType<Literal>(Assert.Single(quads).Obj);
        Assert.Equal(RdfVocabulary.Json, literal.Datatype);
        Assert.Equal("{\"a\":null,\"b\":[1,\"x\\u0001\"]}", literal.LexicalForm);
    }

    [Fact]
    public void Error_carries_the_json_ld_error_code()
    {
        var e = ReadFails("""{"@id": 5, "http://ex.org/p": "x"}""");
        var inner = Assert.IsType<JsonLdException>(e.InnerException);
        Assert.Equal("invalid @id value", inner.Code);
        Assert.StartsWith("invalid @id value", e.Description, StringComparison.Ordinal);
        Assert.Equal("doc.jsonld", e.SourceName);
    }

    [Fact]
    public void Json_syntax_error_has_line_and_column()
    {
        var e = ReadFails("{\n  \"@id\": \"http://ex.org/s\",\n  \"http://ex.org/p\": ]\n}");
        Assert.Equal(3, e.Line);
        Assert.True(e.Column > 1, $"column {e.Column}");
        Assert.Equal("loading document failed", ((JsonLdException)e.InnerException!).Code);
    }

    [Fact]
    public void Remote_contexts_are_refused_and_named()
    {
        var e = ReadFails("""{"@context": "https://schema.org/", "@id": "http://ex.org/s", "name": "x"}""");
        Assert.Equal("loading remote context failed", ((JsonLdException)e.InnerException!).Code);
        Assert.Contains("loading remote context <https://schema.org/> is disabled", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registered_contexts_are_used_without_any_network()
    {
        var loader = new JsonLdDocumentLoader().Register("https://kg.example/context.jsonld", """{"@context": {"name": "http://schema.org/name"}}""");
        var quads = Read("""{"@context": "https://kg.example/context.jsonld", "@id": "http://ex.org/s", "name": "x"}""", jsonLd: new JsonLdOptions { DocumentLoader = loader });
        Assert.Equal(new Quad(new Iri("http://ex.org/s"), new Iri("http://schema.org/name"), new Literal("x")), Assert.Single(quads));
    }

    [Fact]
    public void Relative_IRIs_resolve_against_the_reader_base()
    {
        var quads = Read("""{"@id": "alice", "http://ex.org/p": {"@id": "#bob"}}""", new RdfReaderOptions { BaseIri = "http://ex.org/people/" });
        Assert.Equal(new Quad(new Iri("http://ex.org/people/alice"), new Iri("http://ex.org/p"), new Iri("http://ex.org/people/#bob")), Assert.Single(quads));
    }

    [Fact]
    public void Blank_nodes_of_two_documents_stay_apart_unless_labels_are_preserved()
    {
        const string doc = """{"@id": "_:x", "http://ex.org/p": "v"}""";
        Assert.NotEqual(Read(doc)[0].Subject, Read(doc)[0].Subject);
        var preserved = new RdfReaderOptions { PreserveBlankNodeLabels = true };
        Assert.Equal(Read(doc, preserved)[0].Subject, Read(doc, preserved)[0].Subject);
    }

    [Fact]
    public void Lenient_mode_records_the_error_instead_of_throwing()
    {
        using var reader = new JsonLdReader(new StringReader("""{"@context": {"@vocab": 5}}"""), new RdfReaderOptions { Lenient = true });
        Assert.Empty(reader.ReadQuads());
        Assert.Equal(1, reader.SkippedStatements);
        Assert.Contains("invalid vocab mapping", Assert.Single(reader.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prefixes_of_the_top_level_context_are_reported()
    {
        using var reader = new JsonLdReader(new StringReader("""{"@context": {"ex": "http://ex.org/", "name": "http://schema.org/name"}, "ex:p": "v"}"""));
        _ = reader.ReadQuads().ToList();
        Assert.Equal("http://ex.org/", reader.Prefixes["ex"]);
        Assert.False(reader.Prefixes.ContainsKey("name"));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_a_clean_error()
    {
        var depth = JsonText.MaxDepth + 10;
        var json = string.Concat(Enumerable.Repeat("{\"http://ex.org/p\": ", depth)) + "1" + new string('}', depth);
        var e = ReadFails(json);
        Assert.Equal("loading document failed", ((JsonLdException)e.InnerException!).Code);

        var shallow = JsonText.MaxDepth - 10;
        var ok = string.Concat(Enumerable.Repeat("{\"http://ex.org/p\": ", shallow)) + "1" + new string('}', shallow);
        Assert.Equal(shallow, Read(ok).Count);
    }
}
