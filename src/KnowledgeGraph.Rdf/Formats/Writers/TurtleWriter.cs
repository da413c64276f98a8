using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Formats.Writers;

/// <summary>
/// Writes Turtle. <c>@prefix</c> and <c>@base</c> lines come from <see cref="RdfWriterOptions"/>; IRIs are
/// written as prefixed names where the local part is a valid PN_LOCAL, relative to the base where that
/// reads back the same, otherwise in full. The base is left out when some IRI of the graph would not read
/// back the same in its presence (an absolute IRI with <c>/../</c> or <c>/./</c> segments, which RFC 3986
/// resolution removes), and always in the streaming layout.
/// <para>
/// By default the output is pretty, and pretty output needs the whole graph in memory: quads are buffered
/// until <see cref="Finish"/>, then each subject gets one block (<c>;</c> between predicates, <c>,</c> between
/// objects, <c>a</c> for rdf:type), blank nodes used exactly once as an object (and not on a cycle) are
/// inlined as <c>[ ... ]</c>, well-formed lists as <c>( ... )</c>, and duplicate quads are dropped. For
/// huge exports pass <see cref="TurtleWriterOptions.Streaming"/>: nothing is buffered, only consecutive
/// quads with the same subject are grouped, and blank nodes keep their labels.
/// </para>
/// Only the default graph can be written: a quad in a named graph is an <see cref="ArgumentException"/>.
/// The <see cref="TextWriter"/> stays open; <see cref="Finish"/> (or disposing) completes the document and flushes it.
/// </summary>
public sealed class TurtleWriter : IQuadWriter
{
    private readonly TurtleDocumentWriter _document;

    public TurtleWriter(TextWriter output, RdfWriterOptions? options = null, TurtleWriterOptions? layout = null)
    {
        _document = new TurtleDocumentWriter(output, options, layout, namedGraphs: false, "Turtle");
    }

    public void Write(in Quad quad) => _document.Write(quad);

    public void Finish() => _document.Finish();

    public void Dispose() => _document.Dispose();
}
