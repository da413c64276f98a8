namespace KnowledgeGraph.Rdf;

/// <summary>How a reader treats its input.</summary>
public sealed record RdfReaderOptions
{
    /// <summary>The base IRI against which relative IRIs are resolved (Turtle, TriG). Null: relative IRIs are errors.</summary>
    public string? BaseIri { get; init; }

    /// <summary>The name used in error messages, usually the file path.</summary>
    public string? SourceName { get; init; }

    /// <summary>
    /// Skip a statement with an error and go on, instead of stopping at the first error.
    /// The reader counts and keeps what it skipped (<see cref="IQuadReader.Errors"/>).
    /// </summary>
    public bool Lenient { get; init; }

    /// <summary>
    /// Keep blank-node labels as written. By default each document's labels are renamed apart with a
    /// per-reader prefix, so that <c>_:a</c> in two files loaded together are two different nodes.
    /// </summary>
    public bool PreserveBlankNodeLabels { get; init; }

    /// <summary>How many errors lenient mode keeps (it counts them all).</summary>
    public int MaxErrorsKept { get; init; } = 100;

    public static RdfReaderOptions Default { get; } = new();
}
