using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats.Writers;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// An output format for any query result, as <c>kg query --results</c> and the server name them: a SPARQL
/// results format (<c>json</c>, <c>xml</c>, <c>csv</c>, <c>tsv</c>) for solutions and booleans, or an RDF
/// format (<c>turtle</c>, <c>ntriples</c>, <c>nquads</c>, <c>trig</c>) for CONSTRUCT and DESCRIBE graphs.
/// </summary>
public sealed record QueryResultOutput
{
    private QueryResultOutput(SparqlResultsFormat? solutions, RdfFormat? graph)
    {
        Solutions = solutions;
        Graph = graph;
    }

    /// <summary>The SPARQL results format, when this is one.</summary>
    public SparqlResultsFormat? Solutions { get; }

    /// <summary>The RDF format, when this is one.</summary>
    public RdfFormat? Graph { get; }

    public string Name => Solutions?.Name ?? Graph!.Name;

    /// <summary>The names <see cref="Find"/> knows, for help texts.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. SparqlResultsFormat.All.Select(f => f.Name), .. RdfWriters.Supported.Select(f => f.Name)];

    public static QueryResultOutput For(SparqlResultsFormat format) => new(format, null);

    public static QueryResultOutput For(RdfFormat format) =>
        RdfWriters.Supported.Contains(format) ? new(null, format) : throw new ArgumentException($"{format} has no writer.", nameof(format));

    /// <summary>A format by name, media type or extension; SPARQL results formats first (so <c>xml</c> is SPARQL XML). Null when unknown.</summary>
    public static QueryResultOutput? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (SparqlResultsFormat.Find(name) is { } solutions)
        {
            return new(solutions, null);
        }

        return RdfFormat.Find(name) is { } graph && RdfWriters.Supported.Contains(graph) ? new(null, graph) : null;
    }

    /// <summary>
    /// The format an HTTP <c>Accept</c> header asks for, among those that can carry the result: SPARQL results
    /// formats for solutions and booleans (JSON when the client has no preference), RDF formats for graphs
    /// (Turtle when it has none). Null when the header accepts none of them (HTTP 406).
    /// </summary>
    public static QueryResultOutput? Negotiate(string? acceptHeader, QueryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result is not GraphResult)
        {
            return SparqlResultsFormat.FromAccept(acceptHeader) is { } f ? new(f, null) : null;
        }

        if (string.IsNullOrWhiteSpace(acceptHeader))
        {
            return new(null, RdfFormat.Turtle);
        }

        var ranges = MediaRange.ParseAccept(acceptHeader);
        RdfFormat? best = null;
        var bestQuality = 0.0;
        foreach (var format in RdfWriters.Supported.Where(f => f != RdfFormat.Turtle).Prepend(RdfFormat.Turtle))
        {
            // As for SPARQL formats: wildcards count for the main media type, aliases only when named exactly.
            var (specificity, quality) = MediaRange.Match(ranges, format.MediaType);
            foreach (var alias in format.OtherMediaTypes)
            {
                var (s, q) = MediaRange.Match(ranges, alias);
                if (s == MediaRange.ExactMatch && (specificity < MediaRange.ExactMatch || q > quality))
                {
                    (specificity, quality) = (s, q);
                }
            }

            if (quality > bestQuality)
            {
                best = format;
                bestQuality = quality;
            }
        }

        return best is null ? null : new(null, best);
    }

    /// <summary>The default for a kind of result: TSV for solutions and booleans (readable, lossless), Turtle for graphs.</summary>
    public static QueryResultOutput DefaultFor(QueryResult result) =>
        result is GraphResult ? new(null, RdfFormat.Turtle) : new(SparqlResultsFormat.Tsv, null);

    /// <summary>Whether this format can carry the result (solutions and booleans need a SPARQL format, graphs an RDF one).</summary>
    public bool CanWrite(QueryResult result) => result is GraphResult ? Graph is not null : Solutions is not null;

    /// <summary>Null when this format can carry the result, otherwise why not and which formats can.</summary>
    public string? Mismatch(QueryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (CanWrite(result))
        {
            return null;
        }

        return result is GraphResult
            ? $"a CONSTRUCT or DESCRIBE query gives a graph, which '{Name}' cannot carry: use {string.Join(", ", RdfWriters.Supported.Select(f => f.Name))}"
            : $"{(result is BooleanResult ? "an ASK query gives a boolean" : "a SELECT query gives solutions")}, which '{Name}' cannot carry: use {string.Join(", ", SparqlResultsFormat.All.Select(f => f.Name))}";
    }

    /// <summary>
    /// Writes the result, streaming: rows and triples are written as they are pulled. Turtle and TriG use
    /// the streaming layout (with the query's prefixes), so a large CONSTRUCT is not held in memory.
    /// </summary>
    /// <exception cref="ArgumentException">The format cannot carry this kind of result; the message says which formats can.</exception>
    public void Write(QueryResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        if (Mismatch(result) is { } mismatch)
        {
            throw new ArgumentException(mismatch, nameof(result));
        }

        if (result is GraphResult graph)
        {
            using var writer = RdfWriters.Create(Graph!, output, new RdfWriterOptions { Prefixes = graph.Prefixes }, TurtleWriterOptions.StreamingLayout);
            foreach (var quad in graph.Quads)
            {
                writer.Write(quad);
            }

            writer.Finish();
            return;
        }

        SparqlResultsWriter.Create(Solutions!, output).Write(result);
    }

    public override string ToString() => Name;
}
