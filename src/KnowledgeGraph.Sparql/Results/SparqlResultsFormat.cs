namespace KnowledgeGraph.Sparql.Results;

/// <summary>A SPARQL results serialization: its short name, media types and file extensions.</summary>
public sealed record SparqlResultsFormat(string Name, string DisplayName, string MediaType, IReadOnlyList<string> OtherMediaTypes, IReadOnlyList<string> Extensions)
{
    public static readonly SparqlResultsFormat Json = new("json", "SPARQL Results JSON", "application/sparql-results+json", ["application/json"], [".srj", ".json"]);
    public static readonly SparqlResultsFormat Xml = new("xml", "SPARQL Results XML", "application/sparql-results+xml", ["application/xml", "text/xml"], [".srx", ".xml"]);
    public static readonly SparqlResultsFormat Csv = new("csv", "SPARQL Results CSV", "text/csv", [], [".csv"]);
    public static readonly SparqlResultsFormat Tsv = new("tsv", "SPARQL Results TSV", "text/tab-separated-values", [], [".tsv"]);

    /// <summary>The four formats, in the order a server prefers them when the client has no preference.</summary>
    public static IReadOnlyList<SparqlResultsFormat> All { get; } = [Json, Xml, Csv, Tsv];

    /// <summary>
    /// Finds a format by short name (<c>json</c>, <c>srx</c>...), media type (parameters ignored) or file
    /// extension with or without the dot. Case-insensitive. Null when unknown.
    /// </summary>
    public static SparqlResultsFormat? Find(string nameOrMediaType)
    {
        ArgumentNullException.ThrowIfNull(nameOrMediaType);
        var key = MediaRange.StripParameters(nameOrMediaType);
        foreach (var f in All)
        {
            if (key.Equals(f.Name, StringComparison.OrdinalIgnoreCase)
                || key.Equals(f.DisplayName, StringComparison.OrdinalIgnoreCase)
                || f.HasMediaType(key)
                || f.Extensions.Any(e => key.Equals(e, StringComparison.OrdinalIgnoreCase) || key.Equals(e[1..], StringComparison.OrdinalIgnoreCase)))
            {
                return f;
            }
        }

        return null;
    }

    /// <summary>Guesses the format from a file name's extension. Null when unknown.</summary>
    public static SparqlResultsFormat? FromFileName(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var ext = Path.GetExtension(path);
        return string.IsNullOrEmpty(ext) ? null : All.FirstOrDefault(f => f.Extensions.Contains(ext, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Picks the format an HTTP <c>Accept</c> header asks for (RFC 9110 section 12.5.1: highest q wins, a
    /// more specific range beats a wildcard, q=0 excludes). A missing or empty header means any format,
    /// which gives <paramref name="fallback"/> (JSON by default). Null when the header accepts none of them.
    /// </summary>
    public static SparqlResultsFormat? FromAccept(string? acceptHeader, SparqlResultsFormat? fallback = null)
    {
        fallback ??= Json;
        if (string.IsNullOrWhiteSpace(acceptHeader))
        {
            return fallback;
        }

        var ranges = MediaRange.ParseAccept(acceptHeader);
        SparqlResultsFormat? best = null;
        var bestQ = 0.0;
        // Candidates in preference order, fallback first, so ties go to the fallback and then to All's order.
        foreach (var f in All.Where(f => f != fallback).Prepend(fallback))
        {
            var q = f.QualityIn(ranges);
            if (q > bestQ)
            {
                best = f;
                bestQ = q;
            }
        }

        return best;
    }

    /// <summary>The main media type followed by the others.</summary>
    public IEnumerable<string> AllMediaTypes => OtherMediaTypes.Prepend(MediaType);

    /// <summary>The <c>Content-Type</c> to send: text formats declare UTF-8.</summary>
    public string ContentType => MediaType + "; charset=utf-8";

    /// <summary>The usual file extension, with the dot.</summary>
    public string DefaultExtension => Extensions[0];

    /// <summary>
    /// How much the ranges want this format: wildcards count for the main media type only (so <c>text/*</c>
    /// means CSV or TSV, not XML through its <c>text/xml</c> alias), aliases count when named exactly,
    /// and the most specific match decides (so an exact <c>q=0</c> excludes the format whatever <c>*/*</c> says).
    /// </summary>
    private double QualityIn(IReadOnlyList<MediaRange> ranges)
    {
        var (specificity, quality) = MediaRange.Match(ranges, MediaType);
        foreach (var alias in OtherMediaTypes)
        {
            var (s, q) = MediaRange.Match(ranges, alias);
            if (s == MediaRange.ExactMatch && (specificity < MediaRange.ExactMatch || q > quality))
            {
                (specificity, quality) = (s, q);
            }
        }

        return quality;
    }

    private bool HasMediaType(string mediaType) => AllMediaTypes.Any(m => mediaType.Equals(m, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => DisplayName;
}
