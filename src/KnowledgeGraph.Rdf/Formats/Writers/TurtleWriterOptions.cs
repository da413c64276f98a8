namespace KnowledgeGraph.Rdf.Formats.Writers;

/// <summary>Layout choices of the Turtle and TriG writers, beyond the prefixes and base of <see cref="RdfWriterOptions"/>.</summary>
public sealed record TurtleWriterOptions
{
    /// <summary>
    /// False (the default): pretty output, which holds the whole dataset in memory until
    /// <see cref="IQuadWriter.Finish"/> so it can group every subject's statements, inline blank nodes as
    /// <c>[ ... ]</c> and write lists as <c>( ... )</c>. True: streaming output for huge exports, which holds
    /// nothing back: consecutive quads with the same subject (and graph) share the subject with <c>;</c> and
    /// <c>,</c>, and blank nodes keep their labels. Streaming writes no <c>@base</c> (IRIs come out in full
    /// or as prefixed names), because only a look at every IRI beforehand can tell whether a base would
    /// change one of them on reading (RFC 3986 resolution removes dot segments even from absolute IRIs).
    /// </summary>
    public bool Streaming { get; init; }

    public static TurtleWriterOptions Default { get; } = new();

    public static TurtleWriterOptions StreamingLayout { get; } = new() { Streaming = true };
}
