using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats.RdfXml;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Tests.RdfXml;

/// <summary>RDF/XML through the format factories, as the CLI and the server reach it.</summary>
public sealed class RdfXmlFactoryTests
{
    [Fact]
    public void The_factories_make_the_rdf_xml_reader_and_writer()
    {
        var format = RdfFormat.Find("application/rdf+xml")!;
        Assert.True(RdfReaders.CanRead(format));
        Assert.Contains(format, RdfWriters.Supported);
        using var reader = RdfReaders.Create(format, new StringReader("<x/>"));
        Assert.IsType<RdfXmlReader>(reader);
        using var writer = RdfWriters.Create(format, new StringWriter());
        Assert.IsType<RdfXmlWriter>(writer);
    }

    [Fact]
    public void Written_through_the_factory_and_read_back_through_it()
    {
        var quads = new List<Quad>
        {
            new(new Iri("http://example.org/s"), new Iri("http://example.org/p"), new BlankNode("o")),
            new(new BlankNode("o"), new Iri("http://example.org/q"), new Literal("v", "en")),
        };
        var text = new StringWriter();
        using (var writer = RdfWriters.Create(RdfFormat.RdfXml, text))
        {
            foreach (var quad in quads)
            {
                writer.Write(quad);
            }
        }

        using var reader = RdfReaders.Create(RdfFormat.RdfXml, new StringReader(text.ToString()));
        Assert.Null(GraphIsomorphism.Explain(reader.ReadQuads().ToList(), quads));
    }
}
