namespace KnowledgeGraph.Rdf;

/// <summary>
/// A syntax error in RDF input. <see cref="Exception.Message"/> reads
/// <c>SOURCE:LINE:COLUMN: DESCRIPTION</c> (the source is omitted when unnamed), so it can be shown as it is.
/// </summary>
public sealed class RdfParseException : Exception
{
    public RdfParseException(string description, string? sourceName, int line, int column, Exception? inner = null)
        : base(Format(description, sourceName, line, column), inner)
    {
        Description = description;
        SourceName = sourceName;
        Line = line;
        Column = column;
    }

    /// <summary>What went wrong, without the position (e.g. "expected '.' after a triple, found ';'").</summary>
    public string Description { get; }

    public string? SourceName { get; }

    /// <summary>1-based line of the offending character.</summary>
    public int Line { get; }

    /// <summary>1-based column (in UTF-16 code units) of the offending character.</summary>
    public int Column { get; }

    private static string Format(string description, string? sourceName, int line, int column) =>
        sourceName is null ? $"{line}:{column}: {description}" : $"{sourceName}:{line}:{column}: {description}";
}
