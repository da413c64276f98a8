using KnowledgeGraph.Rdf.Formats.JsonLd;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Tests.JsonLd;

/// <summary>Our ontology context is known to the document loader by its IRI; everything else stays refused.</summary>
public sealed class FramingContextLoaderTests
{
    [Fact]
    public void A_document_referencing_our_context_by_IRI_loads_offline()
    {
        const string json = """
            {"@context": "https://w3id.org/newskg/context.jsonld",
             "@id": "https://w3id.org/newskg/id/actor/taliban", "@type": "ArmedGroup", "label": {"en": "Taliban"}}
            """;
        using var reader = new JsonLdReader(new StringReader(json));
        var quads = reader.ReadQuads().ToList();
        var taliban = new Iri("https://w3id.org/newskg/id/actor/taliban");
        Assert.Contains(new Quad(taliban, new Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), new Iri("https://w3id.org/newskg/ont#ArmedGroup")), quads);
        Assert.Contains(new Quad(taliban, new Iri("http://www.w3.org/2000/01/rdf-schema#label"), new Literal("Taliban", "en")), quads);
    }

    [Fact]
    public void The_built_in_context_is_the_ontology_file()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "KnowledgeGraph.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("repository root not found");
        }

        Assert.Equal(File.ReadAllText(Path.Combine(root, "ontology", "context.jsonld")), BuiltInContexts.OntologyContextText);
    }

    [Fact]
    public void Other_remote_contexts_are_refused_naming_the_URL()
    {
        var e = Assert.Throws<JsonLdException>(() => new JsonLdDocumentLoader().Load("https://w3id.org/newskg/other.jsonld"));
        Assert.Equal("loading remote context failed", e.Code);
        Assert.Contains("<https://w3id.org/newskg/other.jsonld>", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_empty_loader_knows_nothing()
    {
        Assert.False(JsonLdDocumentLoader.Empty().Knows(BuiltInContexts.OntologyContextIri));
        Assert.True(new JsonLdDocumentLoader().Knows(BuiltInContexts.OntologyContextIri));
    }
}
