using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// An RDF writer. Call <see cref="Write"/> for each quad, then <see cref="Finish"/> once (disposing
/// without <see cref="Finish"/> also completes the document). Triple formats reject quads in named graphs.
/// </summary>
public interface IQuadWriter : IDisposable
{
    void Write(in Quad quad);

    /// <summary>Writes whatever the format holds back (closing blocks, pretty-printed groups) and flushes.</summary>
    void Finish();
}

/// <summary>How a writer spells its output.</summary>
public sealed record RdfWriterOptions
{
    /// <summary>Prefix to namespace IRI, for the formats that abbreviate (Turtle, TriG).</summary>
    public IReadOnlyDictionary<string, string> Prefixes { get; init; } = new Dictionary<string, string>();

    /// <summary>A base IRI to emit and to write IRIs relative to (Turtle, TriG). Null: none.</summary>
    public string? BaseIri { get; init; }

    public static RdfWriterOptions Default { get; } = new();
}
