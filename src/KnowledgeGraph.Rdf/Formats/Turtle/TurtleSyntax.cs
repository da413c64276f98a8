namespace KnowledgeGraph.Rdf.Formats.Turtle;

/// <summary>The four members of the Turtle family, which share one lexer and parser.</summary>
internal enum TurtleSyntax
{
    NTriples,
    NQuads,
    Turtle,
    TriG,
}
