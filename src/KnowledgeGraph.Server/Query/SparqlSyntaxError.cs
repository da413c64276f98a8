namespace KnowledgeGraph.Server.Query;

/// <summary>A malformed query or update, with the position of the problem (1-based), answered with 400.</summary>
public sealed class SparqlSyntaxError : Exception
{
    public SparqlSyntaxError(string description, int line, int column, Exception? inner = null)
        : base($"{line}:{column}: {description}", inner)
    {
        Description = description;
        Line = line;
        Column = column;
    }

    public string Description { get; }

    public int Line { get; }

    public int Column { get; }
}
