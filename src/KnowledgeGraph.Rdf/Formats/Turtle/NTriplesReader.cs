namespace KnowledgeGraph.Rdf.Formats.Turtle;

/// <summary>Streaming reader for N-Triples (RDF 1.1): one triple per line, absolute IRIs only.</summary>
public sealed class NTriplesReader : TurtleFamilyReader
{
    public NTriplesReader(TextReader input, RdfReaderOptions? options = null)
        : base(input, options, TurtleSyntax.NTriples)
    {
    }
}
