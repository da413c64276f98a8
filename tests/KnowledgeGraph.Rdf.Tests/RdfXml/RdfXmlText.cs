using KnowledgeGraph.Rdf.Formats.RdfXml;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Tests.RdfXml;

/// <summary>Reading and writing RDF/XML from and to strings, for the tests.</summary>
internal static class RdfXmlText
{
    public const string RdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    /// <summary>A document with rdf: and ex: (http://example.org/) declared around <paramref name="body"/>.</summary>
    public static string Document(string body) =>
        $"<rdf:RDF xmlns:rdf=\"{RdfNs}\" xmlns:ex=\"http://example.org/\">{body}</rdf:RDF>";

    public static List<Quad> Read(string xml, string? baseIri = "http://example.org/base/doc.rdf", bool preserveLabels = true)
    {
        using var reader = new RdfXmlReader(new StringReader(xml), new RdfReaderOptions { BaseIri = baseIri, SourceName = "test.rdf", PreserveBlankNodeLabels = preserveLabels });
        return reader.ReadQuads().ToList();
    }

    public static RdfParseException Reject(string xml, string? baseIri = "http://example.org/base/doc.rdf") =>
        Assert.Throws<RdfParseException>(() => Read(xml, baseIri));

    public static string Write(IEnumerable<Quad> quads, RdfWriterOptions? options = null)
    {
        var text = new StringWriter();
        using (var writer = new RdfXmlWriter(text, options))
        {
            foreach (var quad in quads)
            {
                writer.Write(quad);
            }

            writer.Finish();
        }

        return text.ToString();
    }

    /// <summary>The quads as sorted N-Triples lines, for comparisons where no blank node is involved.</summary>
    public static string[] Lines(IEnumerable<Quad> quads) => quads.Select(q => q.ToString()).Order(StringComparer.Ordinal).ToArray();

    public static Quad T(string s, string p, Term o) => new(new Iri(s), new Iri(p), o);
}
