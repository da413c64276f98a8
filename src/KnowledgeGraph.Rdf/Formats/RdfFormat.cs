namespace KnowledgeGraph.Rdf;

/// <summary>An RDF serialization format: its short name, media types and file extensions.</summary>
public sealed record RdfFormat(string Name, string DisplayName, string MediaType, IReadOnlyList<string> OtherMediaTypes, IReadOnlyList<string> Extensions, bool SupportsNamedGraphs)
{
    public static readonly RdfFormat NTriples = new("ntriples", "N-Triples", "application/n-triples", ["text/plain"], [".nt"], false);
    public static readonly RdfFormat NQuads = new("nquads", "N-Quads", "application/n-quads", ["text/x-nquads"], [".nq"], true);
    public static readonly RdfFormat Turtle = new("turtle", "Turtle", "text/turtle", ["application/x-turtle", "application/turtle"], [".ttl"], false);
    public static readonly RdfFormat TriG = new("trig", "TriG", "application/trig", ["application/x-trig"], [".trig"], true);
    public static readonly RdfFormat JsonLd = new("jsonld", "JSON-LD", "application/ld+json", [], [".jsonld"], true);
    public static readonly RdfFormat RdfXml = new("rdfxml", "RDF/XML", "application/rdf+xml", ["application/xml"], [".rdf", ".owl"], false);

    /// <summary>Every format this library knows by name; not all of them may have a reader or writer yet.</summary>
    public static IReadOnlyList<RdfFormat> All { get; } = [NTriples, NQuads, Turtle, TriG, JsonLd, RdfXml];

    /// <summary>
    /// Finds a format by short name (<c>turtle</c>, <c>nt</c>...), media type (parameters ignored) or
    /// file extension with or without the dot. Case-insensitive. Null when unknown.
    /// </summary>
    public static RdfFormat? Find(string nameOrMediaType)
    {
        var key = nameOrMediaType.Trim();
        var semicolon = key.IndexOf(';', StringComparison.Ordinal);
        if (semicolon >= 0)
        {
            key = key[..semicolon].Trim();
        }

        foreach (var f in All)
        {
            if (key.Equals(f.Name, StringComparison.OrdinalIgnoreCase)
                || key.Equals(f.DisplayName, StringComparison.OrdinalIgnoreCase)
                || key.Equals(f.MediaType, StringComparison.OrdinalIgnoreCase)
                || f.OtherMediaTypes.Any(m => key.Equals(m, StringComparison.OrdinalIgnoreCase))
                || f.Extensions.Any(e => key.Equals(e, StringComparison.OrdinalIgnoreCase) || key.Equals(e[1..], StringComparison.OrdinalIgnoreCase)))
            {
                return f;
            }
        }

        return key.ToLowerInvariant() switch
        {
            "n-triples" or "nt" => NTriples,
            "n-quads" or "nq" => NQuads,
            "ttl" => Turtle,
            "json-ld" => JsonLd,
            "rdf/xml" or "xml" => RdfXml,
            _ => null,
        };
    }

    /// <summary>Guesses the format from a file name (a trailing <c>.gz</c> is looked through). Null when unknown.</summary>
    public static RdfFormat? FromFileName(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var ext = Path.GetExtension(name);
        return string.IsNullOrEmpty(ext) ? null : All.FirstOrDefault(f => f.Extensions.Contains(ext, StringComparer.OrdinalIgnoreCase));
    }

    public override string ToString() => DisplayName;
}
