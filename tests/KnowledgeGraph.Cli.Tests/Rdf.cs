using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>Reads RDF text with the library's own readers, to check what <c>kg</c> wrote.</summary>
public static class Rdf
{
    public static List<Quad> Read(string text, RdfFormat format, string? baseIri = null)
    {
        using var reader = RdfReaders.Create(format, new StringReader(text), new RdfReaderOptions { BaseIri = baseIri, SourceName = "test" });
        return reader.ReadQuads().ToList();
    }

    /// <summary>The quads as a sorted list, for comparing graphs without blank nodes regardless of order.</summary>
    public static List<Quad> Sorted(IEnumerable<Quad> quads) => quads.Order().ToList();

    /// <summary>The <see cref="RdfParseException"/> the library's reader throws on <paramref name="path"/>.</summary>
    public static RdfParseException ParseErrorOf(string path, RdfFormat format)
    {
        using var text = new StreamReader(path);
        using var reader = RdfReaders.Create(format, text, new RdfReaderOptions { SourceName = path, BaseIri = new Uri(path).AbsoluteUri });
        return Assert.Throws<RdfParseException>(() => reader.ReadQuads().ToList());
    }
}
