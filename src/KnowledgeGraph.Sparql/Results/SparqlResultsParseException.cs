namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Malformed SPARQL results (XML, JSON, TSV or CSV). The message reads <c>SOURCE:LINE:COLUMN: description</c>
/// (source omitted when unnamed; line and column omitted when unknown), so it can be shown as it is.
/// </summary>
public sealed class SparqlResultsParseException : Exception
{
    public SparqlResultsParseException(string description, string? sourceName, int line, int column, Exception? inner = null)
        : base(Format(description, sourceName, line, column), inner)
    {
        Description = description;
        SourceName = sourceName;
        Line = line;
        Column = column;
    }

    public string Description { get; }

    public string? SourceName { get; }

    /// <summary>1-based line, or 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>1-based column, or 0 when unknown.</summary>
    public int Column { get; }

    private static string Format(string description, string? sourceName, int line, int column)
    {
        var position = line > 0 ? (column > 0 ? $"{line}:{column}: " : $"{line}: ") : string.Empty;
        return sourceName is null ? position + description : $"{sourceName}:{(position.Length == 0 ? " " : position)}{description}";
    }
}
