using KnowledgeGraph.Rdf.Formats.JsonLd;
using KnowledgeGraph.Rdf.Formats.RdfXml;
using KnowledgeGraph.Rdf.Formats.Turtle;

namespace KnowledgeGraph.Rdf;

/// <summary>Creates the reader for a format.</summary>
public static class RdfReaders
{
    /// <summary>True when this library can read <paramref name="format"/>.</summary>
    public static bool CanRead(RdfFormat format) =>
        format == RdfFormat.NTriples || format == RdfFormat.NQuads || format == RdfFormat.Turtle || format == RdfFormat.TriG
        || format == RdfFormat.RdfXml || format == RdfFormat.JsonLd;

    /// <exception cref="NotSupportedException">No reader exists for the format yet.</exception>
    public static IQuadReader Create(RdfFormat format, TextReader input, RdfReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (format == RdfFormat.NTriples)
        {
            return new NTriplesReader(input, options);
        }

        if (format == RdfFormat.NQuads)
        {
            return new NQuadsReader(input, options);
        }

        if (format == RdfFormat.Turtle)
        {
            return new TurtleReader(input, options);
        }

        if (format == RdfFormat.TriG)
        {
            return new TriGReader(input, options);
        }

        if (format == RdfFormat.RdfXml)
        {
            return new RdfXmlReader(input, options);
        }

        if (format == RdfFormat.JsonLd)
        {
            return new JsonLdReader(input, options);
        }

        throw new NotSupportedException($"Reading {format.DisplayName} is not supported yet.");
    }
}
