namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// An error of the JSON-LD 1.1 processing algorithms. <see cref="Code"/> is the spec's error code
/// (e.g. <c>invalid @id value</c>), which the W3C suite checks; the message adds what was found.
/// </summary>
public sealed class JsonLdException : Exception
{
    public JsonLdException(string code, string detail)
        : base(code + ": " + detail)
    {
        Code = code;
        Detail = detail;
    }

    public JsonLdException(string code, string detail, int line, int column, Exception? inner)
        : base(code + ": " + detail, inner)
    {
        Code = code;
        Detail = detail;
        Line = line;
        Column = column;
    }

    /// <summary>The JSON-LD error code, e.g. <c>invalid term definition</c>.</summary>
    public string Code { get; }

    public string Detail { get; }

    /// <summary>1-based line when the JSON reader knew it (syntax errors), otherwise 0.</summary>
    public int Line { get; }

    /// <summary>1-based column (UTF-8 bytes into the line) when the JSON reader knew it, otherwise 0.</summary>
    public int Column { get; }
}
