using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Formats.Writers;

/// <summary>
/// Streams N-Triples: one statement per line, terms in canonical N-Triples form, <c>\n</c> line ends.
/// Nothing is held back but a pooled character buffer, so any number of triples can go through.
/// Only the default graph can be written: a quad in a named graph is an <see cref="ArgumentException"/>.
/// The <see cref="TextWriter"/> stays open; <see cref="Finish"/> (or disposing) flushes it.
/// </summary>
public sealed class NTriplesWriter : IQuadWriter
{
    private readonly LineStatementWriter _lines;

    public NTriplesWriter(TextWriter output, RdfWriterOptions? options = null)
    {
        _ = options; // N-Triples has neither prefixes nor a base.
        _lines = new LineStatementWriter(output, "N-Triples");
    }

    public void Write(in Quad quad)
    {
        if (quad.Graph is not null && !quad.InDefaultGraph)
        {
            throw StatementChecks.NamedGraphInTripleFormat(quad, "N-Triples", "N-Quads or TriG");
        }

        _lines.Write(quad, withGraph: false);
    }

    public void Finish() => _lines.Finish();

    public void Dispose() => _lines.Dispose();
}
