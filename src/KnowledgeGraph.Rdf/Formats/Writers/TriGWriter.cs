using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Formats.Writers;

/// <summary>
/// Writes TriG: Turtle's spelling (see <see cref="TurtleWriter"/>) with the default graph's statements at the
/// top level first and each named graph as a <c>name { ... }</c> block (the name an IRI or a blank node).
/// <para>
/// By default the output is pretty, and pretty output needs the whole dataset in memory: quads are buffered
/// until <see cref="Finish"/> and grouped by graph, then by subject, with blank nodes inlined and lists
/// collapsed as in <see cref="TurtleWriter"/>. A blank node is inlined only when its one use and all its own
/// statements are in the same graph and it names no graph. For huge exports pass
/// <see cref="TurtleWriterOptions.Streaming"/>: nothing is buffered, a block stays open while consecutive quads
/// share the graph (a graph that comes back later opens another block for the same name, which TriG merges),
/// and consecutive quads with the same subject share it.
/// </para>
/// The <see cref="TextWriter"/> stays open; <see cref="Finish"/> (or disposing) completes the document and flushes it.
/// </summary>
public sealed class TriGWriter : IQuadWriter
{
    private readonly TurtleDocumentWriter _document;

    public TriGWriter(TextWriter output, RdfWriterOptions? options = null, TurtleWriterOptions? layout = null)
    {
        _document = new TurtleDocumentWriter(output, options, layout, namedGraphs: true, "TriG");
    }

    public void Write(in Quad quad) => _document.Write(quad);

    public void Finish() => _document.Finish();

    public void Dispose() => _document.Dispose();
}
