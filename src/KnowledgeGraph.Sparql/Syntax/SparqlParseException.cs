namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// A query or update text that is not valid SPARQL 1.1. <see cref="Exception.Message"/> is
/// <c>[SOURCE:]LINE:COLUMN: description</c>, the description saying what was expected and what was found.
/// </summary>
public sealed class SparqlParseException : Exception
{
    public SparqlParseException(string description, int line, int column, string? sourceName = null)
        : base((sourceName is null ? string.Empty : sourceName + ":") + $"{line}:{column}: {description}")
    {
        Description = description;
        Line = line;
        Column = column;
        SourceName = sourceName;
    }

    /// <summary>1-based line of the offending token.</summary>
    public int Line { get; }

    /// <summary>1-based column (in UTF-16 code units) of the offending token.</summary>
    public int Column { get; }

    public string Description { get; }

    public string? SourceName { get; }
}
