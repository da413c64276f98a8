namespace KnowledgeGraph.Rdf.Formats.Turtle;

/// <summary>Streaming reader for TriG (RDF 1.1): Turtle with named-graph blocks.</summary>
public sealed class TriGReader : TurtleFamilyReader
{
    public TriGReader(TextReader input, RdfReaderOptions? options = null)
        : base(input, options, TurtleSyntax.TriG)
    {
    }
}
