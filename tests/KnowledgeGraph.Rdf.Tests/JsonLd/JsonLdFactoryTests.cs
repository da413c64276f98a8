using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats.JsonLd;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Tests.JsonLd;

public sealed class JsonLdFactoryTests
{
    [Fact]
    public void The_factories_make_the_JSON_LD_reader_and_writer()
    {
        Assert.True(RdfReaders.CanRead(RdfFormat.JsonLd));
        Assert.Contains(RdfFormat.JsonLd, RdfWriters.Supported);
        using var reader = RdfReaders.Create(RdfFormat.JsonLd, new StringReader("{}"));
        Assert.IsType<JsonLdReader>(reader);
        using var writer = RdfWriters.Create(RdfFormat.JsonLd, new StringWriter());
        Assert.IsType<JsonLdWriter>(writer);
    }

    [Fact]
    public void Writer_prefixes_become_the_compaction_context()
    {
        var output = new StringWriter();
        var options = new RdfWriterOptions { Prefixes = new Dictionary<string, string> { ["ex"] = "http://ex.org/" } };
        var quad = new Quad(new Iri("http://ex.org/s"), new Iri("http://ex.org/p"), new Literal("v", "en"));
        using (var writer = RdfWriters.Create(RdfFormat.JsonLd, output, options))
        {
            writer.Write(quad);
        }

        var text = output.ToString();
        Assert.Contains("\"ex\": \"http://ex.org/\"", text, StringComparison.Ordinal);
        Assert.Contains("\"@id\": \"ex:s\"", text, StringComparison.Ordinal);
        Assert.Contains("\"ex:p\"", text, StringComparison.Ordinal);
        using var reader = RdfReaders.Create(RdfFormat.JsonLd, new StringReader(text));
        Assert.True(GraphIsomorphism.AreIsomorphic([quad], reader.ReadQuads()));
    }

    [Fact]
    public void Writer_options_for_native_types_and_rdf_type()
    {
        var output = new StringWriter();
        var s = new Iri("http://ex.org/s");
        using (var writer = new JsonLdWriter(output, jsonLdOptions: new JsonLdOptions { UseNativeTypes = true, UseRdfType = true }))
        {
            writer.Write(new Quad(s, new Iri("http://ex.org/n"), new Literal("7", Vocabulary.Xsd.Integer)));
            writer.Write(new Quad(s, Vocabulary.RdfVocabulary.Type, new Iri("http://ex.org/C")));
        }

        var document = (JsonList)JsonText.Parse(output.ToString())!;
        var node = (JsonMap)document[0]!;
        Assert.Equal(7.0, ((JsonMap)((JsonList)node["http://ex.org/n"]!)[0]!)["@value"]);
        Assert.False(node.ContainsKey("@type"));
        Assert.True(node.ContainsKey(Vocabulary.RdfVocabulary.Type.Value));
    }

    [Fact]
    public void A_prefix_named_like_a_scheme_of_the_data_is_left_out_of_the_context()
    {
        var output = new StringWriter();
        var options = new RdfWriterOptions { Prefixes = new Dictionary<string, string> { ["urn"] = "http://ex.org/urn/", ["ex"] = "http://ex.org/" } };
        var quad = new Quad(new Iri("urn:isbn:123"), new Iri("http://ex.org/p"), new Iri("http://ex.org/urn/x"));
        using (var writer = new JsonLdWriter(output, options))
        {
            writer.Write(quad);
        }

        var text = output.ToString();
        Assert.DoesNotContain("\"urn\":", text, StringComparison.Ordinal);
        using var reader = new JsonLdReader(new StringReader(text));
        Assert.True(GraphIsomorphism.AreIsomorphic([quad], reader.ReadQuads()), text);
    }
}
