namespace KnowledgeGraph.Sparql.Update;

/// <summary>A LOAD could not fetch or read its document (or loading is not allowed).</summary>
public sealed class GraphLoadException : Exception
{
    public GraphLoadException(string message)
        : base(message)
    {
    }

    public GraphLoadException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
