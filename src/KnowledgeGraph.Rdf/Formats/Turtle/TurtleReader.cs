namespace KnowledgeGraph.Rdf.Formats.Turtle;

/// <summary>Streaming reader for Turtle (RDF 1.1): prefixes, base, abbreviations, collections, relative IRIs.</summary>
public sealed class TurtleReader : TurtleFamilyReader
{
    public TurtleReader(TextReader input, RdfReaderOptions? options = null)
        : base(input, options, TurtleSyntax.Turtle)
    {
    }
}
