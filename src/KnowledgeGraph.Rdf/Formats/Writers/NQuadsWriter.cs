using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Formats.Writers;

/// <summary>
/// Streams N-Quads: one statement per line, terms in canonical N-Triples form, the graph name after the
/// object for quads in named graphs, <c>\n</c> line ends. Only a pooled character buffer is held.
/// The <see cref="TextWriter"/> stays open; <see cref="Finish"/> (or disposing) flushes it.
/// </summary>
public sealed class NQuadsWriter : IQuadWriter
{
    private readonly LineStatementWriter _lines;

    public NQuadsWriter(TextWriter output, RdfWriterOptions? options = null)
    {
        _ = options; // N-Quads has neither prefixes nor a base.
        _lines = new LineStatementWriter(output, "N-Quads");
    }

    public void Write(in Quad quad) => _lines.Write(quad, withGraph: true);

    public void Finish() => _lines.Finish();

    public void Dispose() => _lines.Dispose();
}
