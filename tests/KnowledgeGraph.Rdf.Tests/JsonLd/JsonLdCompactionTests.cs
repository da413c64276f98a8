using KnowledgeGraph.Rdf.Formats.JsonLd;

namespace KnowledgeGraph.Rdf.Tests.JsonLd;

public sealed class JsonLdCompactionTests
{
    private static JsonMap Compact(string document, string context) =>
        JsonLdProcessor.Compact(JsonText.Parse(document), JsonText.Parse(context));

    [Fact]
    public void Prefixes_vocab_and_type_coercion()
    {
        var compacted = Compact(
            """[{"@id": "http://kg.example/id/actor/taliban", "@type": ["http://kg.example/ont#Actor"], "http://kg.example/ont#name": [{"@value": "Taliban"}], "http://kg.example/ont#basedIn": [{"@id": "http://kg.example/id/place/kabul"}], "http://kg.example/ont#founded": [{"@value": "1994", "@type": "http://www.w3.org/2001/XMLSchema#gYear"}]}]""",
            """{"@vocab": "http://kg.example/ont#", "id": "http://kg.example/id/", "xsd": "http://www.w3.org/2001/XMLSchema#", "basedIn": {"@type": "@id"}, "founded": {"@type": "xsd:gYear"}}""");
        Assert.Equal("id:actor/taliban", compacted["@id"]);
        Assert.Equal("Actor", compacted["@type"]);
        Assert.Equal("Taliban", compacted["name"]);
        Assert.Equal("id:place/kabul", compacted["basedIn"]);
        Assert.Equal("1994", compacted["founded"]);
        Assert.IsType<JsonMap>(compacted["@context"]);
    }

    [Fact]
    public void Language_maps_and_set_containers()
    {
        var compacted = Compact(
            """[{"@id": "http://ex.org/kabul", "http://ex.org/label": [{"@value": "Kabul", "@language": "en"}, {"@value": "Kaboul", "@language": "fr"}], "http://ex.org/tag": [{"@value": "capital"}]}]""",
            """{"label": {"@id": "http://ex.org/label", "@container": "@language"}, "tag": {"@id": "http://ex.org/tag", "@container": "@set"}}""");
        var labels = Assert.IsType<JsonMap>(compacted["label"]);
        Assert.Equal("Kabul", labels["en"]);
        Assert.Equal("Kaboul", labels["fr"]);
        var tags = Assert.IsType<JsonList>(compacted["tag"]);
        Assert.Equal("capital", Assert.Single(tags));
    }

    [Fact]
    public void Term_selection_prefers_the_term_whose_coercion_fits()
    {
        var compacted = Compact(
            """[{"@id": "http://ex.org/s", "http://ex.org/p": [{"@value": "plain"}, {"@value": "5", "@type": "http://www.w3.org/2001/XMLSchema#integer"}]}]""",
            """{"p": "http://ex.org/p", "pInt": {"@id": "http://ex.org/p", "@type": "http://www.w3.org/2001/XMLSchema#integer"}}""");
        Assert.Equal("plain", compacted["p"]);
        Assert.Equal("5", compacted["pInt"]);
    }

    [Fact]
    public void Compacted_output_expands_back_to_the_input()
    {
        const string expanded = """[{"@id": "http://ex.org/s", "http://ex.org/list": [{"@list": [{"@value": "a"}, {"@id": "http://ex.org/b"}]}], "http://ex.org/n": [{"@value": 3}]}]""";
        var compacted = Compact(expanded, """{"ex": "http://ex.org/"}""");
        var again = JsonLdProcessor.Expand(compacted);
        Assert.True(JsonText.DeepEquals(JsonText.Parse(expanded), again), JsonText.ToIndentedString(again));
    }

    [Fact]
    public void Several_top_level_nodes_go_under_graph()
    {
        var compacted = Compact("""[{"@id": "http://ex.org/a", "http://ex.org/p": [{"@value": "x"}]}, {"@id": "http://ex.org/b", "http://ex.org/p": [{"@value": "y"}]}]""", """{"p": "http://ex.org/p"}""");
        Assert.Equal(2, Assert.IsType<JsonList>(compacted["@graph"]).Count);
    }

    [Fact]
    public void Vocab_suffixes_that_would_read_back_differently_stay_absolute()
    {
        const string expanded = """[{"@id": "http://ex.org/s", "http://ex.org/v/a:b": [{"@value": "x"}], "http://ex.org/v/@foo": [{"@value": "y"}], "http://ex.org/v/plain": [{"@value": "z"}]}]""";
        var compacted = Compact(expanded, """{"@vocab": "http://ex.org/v/"}""");
        Assert.True(compacted.ContainsKey("plain"));
        Assert.True(compacted.ContainsKey("http://ex.org/v/a:b"));
        Assert.True(compacted.ContainsKey("http://ex.org/v/@foo"));
        Assert.True(JsonText.DeepEquals(JsonText.Parse(expanded), JsonLdProcessor.Expand(compacted)));
    }
}
