namespace KnowledgeGraph.Rdf.Formats.Turtle;

/// <summary>Streaming reader for N-Quads (RDF 1.1): N-Triples with an optional graph name per line.</summary>
public sealed class NQuadsReader : TurtleFamilyReader
{
    public NQuadsReader(TextReader input, RdfReaderOptions? options = null)
        : base(input, options, TurtleSyntax.NQuads)
    {
    }
}
