using KnowledgeGraph.Rdf.Formats.JsonLd;
using KnowledgeGraph.Rdf.Formats.JsonLd.Framing;

namespace KnowledgeGraph.Rdf.Tests.JsonLd;

/// <summary>The framing subset, each feature on a small graph where the feature changes the output.</summary>
public sealed class FramingTests
{
    // Two people who know each other, a book written by alice, typed and untyped nodes.
    private const string Library = """
        {
          "@context": {"@vocab": "http://ex.org/", "knows": {"@type": "@id"}, "author": {"@type": "@id"}},
          "@graph": [
            {"@id": "http://ex.org/alice", "@type": "Person", "name": "Alice", "knows": "http://ex.org/bob"},
            {"@id": "http://ex.org/bob", "@type": "Person", "name": "Bob", "knows": "http://ex.org/alice"},
            {"@id": "http://ex.org/book", "@type": "Book", "title": "On Frames", "author": "http://ex.org/alice"},
            {"@id": "http://ex.org/note", "title": "untyped"}
          ]
        }
        """;

    private const string Context = """{"@vocab": "http://ex.org/", "knows": {"@type": "@id"}, "author": {"@type": "@id"}, "books": {"@reverse": "http://ex.org/author"}}""";

    private static JsonMap Frame(string frameBody, string input = Library)
    {
        var frame = JsonText.Parse($$"""{"@context": {{Context}}, {{frameBody}}}""");
        return JsonLdFraming.Frame(JsonText.Parse(input), frame);
    }

    private static string Text(object? value) => JsonText.Canonical(value);

    [Fact]
    public void Id_matching_picks_one_node_and_it_becomes_the_top_object()
    {
        var framed = Frame("\"@id\": \"http://ex.org/book\"");
        Assert.Equal("http://ex.org/book", framed["@id"]);
        Assert.Equal("On Frames", framed["title"]);
        Assert.False(framed.ContainsKey("@graph"));
    }

    [Fact]
    public void Type_matching_picks_every_node_of_the_type_under_graph()
    {
        var framed = Frame("\"@type\": \"Person\"");
        var people = Assert.IsType<JsonList>(framed["@graph"]);
        Assert.Equal(["http://ex.org/alice", "http://ex.org/bob"], people.Cast<JsonMap>().Select(p => p.GetString("@id")));
    }

    [Fact]
    public void Type_wildcard_and_match_none()
    {
        var typed = Assert.IsType<JsonList>(Frame("\"@type\": {}")["@graph"]);
        Assert.Equal(3, typed.Count);
        var untyped = Frame("\"@type\": []");
        Assert.Equal("http://ex.org/note", untyped["@id"]);
    }

    [Fact]
    public void Embed_once_embeds_the_first_time_and_references_after()
    {
        // alice is the top node; bob is embedded inside her; bob's knows points back at alice: a reference.
        var framed = Frame("\"@id\": \"http://ex.org/alice\", \"knows\": {\"@embed\": \"@once\"}");
        var bob = Assert.IsType<JsonMap>(framed["knows"]);
        Assert.Equal("Bob", bob["name"]);
        Assert.Equal("http://ex.org/alice", bob["knows"]);
    }

    [Fact]
    public void Embed_never_writes_references()
    {
        var framed = Frame("\"@id\": \"http://ex.org/book\", \"author\": {\"@embed\": \"@never\"}");
        Assert.Equal("http://ex.org/alice", framed["author"]);
    }

    [Fact]
    public void Embed_always_embeds_every_time_but_stops_at_cycles()
    {
        // Both books' frames are listed under @graph; with @always alice is embedded under each match that points at her.
        var input = Library.Replace("""{"@id": "http://ex.org/note", "title": "untyped"}""",
            """{"@id": "http://ex.org/book2", "@type": "Book", "title": "Again", "author": "http://ex.org/alice"}""", StringComparison.Ordinal);
        var always = Assert.IsType<JsonList>(Frame("\"@type\": \"Book\", \"author\": {\"@embed\": \"@always\", \"knows\": {\"@embed\": \"@always\"}}", input)["@graph"]);
        foreach (var book in always.Cast<JsonMap>())
        {
            var alice = Assert.IsType<JsonMap>(book["author"]);
            Assert.Equal("Alice", alice["name"]);
            var bob = Assert.IsType<JsonMap>(alice["knows"]);
            Assert.Equal("http://ex.org/alice", bob["knows"]); // the cycle back to alice is a reference
        }

        var once = Assert.IsType<JsonList>(Frame("\"@type\": \"Book\", \"author\": {\"@embed\": \"@once\"}", input)["@graph"]);
        Assert.IsType<JsonMap>(((JsonMap)once[0]!)["author"]);
        Assert.Equal("http://ex.org/alice", ((JsonMap)once[1]!)["author"]);
    }

    [Fact]
    public void Explicit_keeps_only_the_frame_properties()
    {
        var framed = Frame("\"@id\": \"http://ex.org/alice\", \"@explicit\": true, \"name\": {}");
        Assert.Equal("Alice", framed["name"]);
        Assert.False(framed.ContainsKey("knows"));
        Assert.Equal("Person", framed["@type"]); // @type is a keyword: always kept
    }

    [Fact]
    public void Defaults_are_written_unless_omitDefault()
    {
        var framed = Frame("\"@id\": \"http://ex.org/alice\", \"age\": {\"@default\": \"unknown\"}, \"email\": {}");
        Assert.Equal("unknown", framed["age"]);
        Assert.True(framed.ContainsKey("email"));
        Assert.Null(framed["email"]);

        var omitted = Frame("\"@id\": \"http://ex.org/alice\", \"@omitDefault\": true, \"email\": {}");
        Assert.False(omitted.ContainsKey("email"));
    }

    [Fact]
    public void Reverse_terms_embed_the_nodes_pointing_at_the_match()
    {
        var framed = Frame("\"@id\": \"http://ex.org/alice\", \"books\": {\"@explicit\": true, \"title\": {}}");
        var book = Assert.IsType<JsonMap>(framed["books"]);
        Assert.Equal("On Frames", book["title"]);
        Assert.Equal("http://ex.org/book", book["@id"]);
        Assert.False(book.ContainsKey("author"));
    }

    [Fact]
    public void Reverse_keyword_works_as_well()
    {
        var framed = Frame("\"@id\": \"http://ex.org/alice\", \"@reverse\": {\"author\": {}}");
        Assert.Contains("On Frames", Text(framed), StringComparison.Ordinal);
        Assert.Contains("books", framed.Keys); // compaction picks the reverse term of the context
    }

    [Fact]
    public void Property_conditions_filter_matches_by_duck_typing()
    {
        var framed = Frame("\"title\": {}");
        var withTitle = Assert.IsType<JsonList>(framed["@graph"]);
        Assert.Equal(["http://ex.org/book", "http://ex.org/note"], withTitle.Cast<JsonMap>().Select(n => n.GetString("@id")));
        var requireAll = Frame("\"@requireAll\": true, \"title\": {}, \"author\": {}");
        Assert.Equal("http://ex.org/book", requireAll["@id"]);
    }

    [Fact]
    public void Blank_node_identifiers_used_once_are_pruned()
    {
        const string input = """{"@context": {"@vocab": "http://ex.org/"}, "@id": "http://ex.org/a", "address": {"city": "Kabul"}}""";
        var framed = Frame("\"@id\": \"http://ex.org/a\"", input);
        var address = Assert.IsType<JsonMap>(framed["address"]);
        Assert.Equal("Kabul", address["city"]);
        Assert.False(address.ContainsKey("@id"));
    }

    [Fact]
    public void Named_graphs_are_merged()
    {
        const string input = """
            {"@context": {"@vocab": "http://ex.org/"}, "@graph": [
              {"@id": "http://ex.org/g1", "@graph": [{"@id": "http://ex.org/a", "p": "one"}]},
              {"@id": "http://ex.org/g2", "@graph": [{"@id": "http://ex.org/a", "q": "two"}]}]}
            """;
        var framed = Frame("\"@id\": \"http://ex.org/a\"", input);
        Assert.Equal("one", framed["p"]);
        Assert.Equal("two", framed["q"]);
    }

    [Theory]
    [InlineData("\"@embed\": \"@sometimes\"", "invalid @embed value")]
    [InlineData("\"@explicit\": \"yes\"", "invalid frame")]
    [InlineData("\"name\": \"Alice\"", "invalid frame")]
    [InlineData("\"@id\": 5", "invalid @id value")]
    public void Bad_frames_are_refused_with_the_spec_error(string body, string code)
    {
        var e = Assert.Throws<JsonLdException>(() => Frame(body));
        Assert.Equal(code, e.Code);
    }

    [Fact]
    public void A_frame_must_be_an_object()
    {
        var e = Assert.Throws<JsonLdException>(() => JsonLdFraming.Frame(JsonText.Parse(Library), JsonText.Parse("[]")));
        Assert.Equal("invalid frame", e.Code);
    }
}
