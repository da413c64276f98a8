using KnowledgeGraph.Rdf.Formats.JsonLd;
using KnowledgeGraph.Rdf.Formats.RdfXml;
using KnowledgeGraph.Rdf.Formats.Writers;

namespace KnowledgeGraph.Rdf;

/// <summary>Makes the writer for a format.</summary>
public static class RdfWriters
{
    /// <summary>The formats that have a writer.</summary>
    public static IReadOnlyList<RdfFormat> Supported { get; } = [RdfFormat.NTriples, RdfFormat.NQuads, RdfFormat.Turtle, RdfFormat.TriG, RdfFormat.RdfXml, RdfFormat.JsonLd];

    /// <summary>A writer for <paramref name="format"/> onto <paramref name="output"/> (pretty layout for Turtle and TriG).</summary>
    /// <exception cref="NotSupportedException">The format has no writer yet.</exception>
    public static IQuadWriter Create(RdfFormat format, TextWriter output, RdfWriterOptions? options = null) =>
        Create(format, output, options, layout: null);

    /// <summary>As <see cref="Create(RdfFormat, TextWriter, RdfWriterOptions?)"/>, with the Turtle and TriG layout (streaming or pretty).</summary>
    /// <exception cref="NotSupportedException">The format has no writer yet.</exception>
    public static IQuadWriter Create(RdfFormat format, TextWriter output, RdfWriterOptions? options, TurtleWriterOptions? layout)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(output);
        if (format == RdfFormat.NTriples)
        {
            return new NTriplesWriter(output, options);
        }

        if (format == RdfFormat.NQuads)
        {
            return new NQuadsWriter(output, options);
        }

        if (format == RdfFormat.Turtle)
        {
            return new TurtleWriter(output, options, layout);
        }

        if (format == RdfFormat.TriG)
        {
            return new TriGWriter(output, options, layout);
        }

        if (format == RdfFormat.RdfXml)
        {
            return new RdfXmlWriter(output, options);
        }

        if (format == RdfFormat.JsonLd)
        {
            return new JsonLdWriter(output, options);
        }

        throw new NotSupportedException(
            $"There is no {format.DisplayName} writer yet; the formats that can be written are {string.Join(", ", Supported.Select(f => f.DisplayName))}.");
    }
}
