using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>
/// One way of answering for an entity: an RDF format or the HTML page, with the media type and the file extension
/// that asks for it without content negotiation (<c>/id/actor/taliban.ttl</c>).
/// </summary>
public sealed record Representation(string MediaType, string Extension, RdfFormat? Format)
{
    public static readonly Representation Html = new("text/html", ".html", null);
    public static readonly Representation Turtle = new(RdfFormat.Turtle.MediaType, ".ttl", RdfFormat.Turtle);
    public static readonly Representation JsonLd = new(RdfFormat.JsonLd.MediaType, ".jsonld", RdfFormat.JsonLd);
    public static readonly Representation NTriples = new(RdfFormat.NTriples.MediaType, ".nt", RdfFormat.NTriples);
    public static readonly Representation RdfXml = new(RdfFormat.RdfXml.MediaType, ".rdf", RdfFormat.RdfXml);
    public static readonly Representation TriG = new(RdfFormat.TriG.MediaType, ".trig", RdfFormat.TriG);
    public static readonly Representation NQuads = new(RdfFormat.NQuads.MediaType, ".nq", RdfFormat.NQuads);

    /// <summary>Every representation, Turtle first: it is what a client gets for <c>*/*</c> or no Accept header.</summary>
    public static IReadOnlyList<Representation> All { get; } = [Turtle, JsonLd, NTriples, RdfXml, TriG, NQuads, Html];

    public bool IsHtml => Format is null;

    /// <summary>With the named graphs the description came from (TriG, N-Quads).</summary>
    public bool WithGraphs => Format?.SupportsNamedGraphs == true && Format != RdfFormat.JsonLd;

    public string ContentType => MediaType + "; charset=utf-8";

    /// <summary>The representation a path's extension asks for; null when the extension is none of ours.</summary>
    public static Representation? FromExtension(string extension) =>
        All.FirstOrDefault(r => r.Extension.Equals(extension, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The best representation for an Accept header (q-values, wildcards, the formats' alias media types when named
    /// exactly); Turtle on ties and without a header; null when nothing acceptable is offered (406).
    /// </summary>
    public static Representation? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return Turtle;
        }

        var ranges = MediaRange.ParseAccept(accept);
        Representation? best = null;
        var bestQuality = 0.0;
        var bestSpecificity = -1;
        foreach (var candidate in All)
        {
            var (specificity, quality) = MediaRange.Match(ranges, candidate.MediaType);
            foreach (var alias in candidate.Format?.OtherMediaTypes ?? [])
            {
                // An alias counts only when named exactly (text/plain must not pull in N-Triples through text/*).
                var (s, q) = MediaRange.Match(ranges, alias);
                if (s == MediaRange.ExactMatch && (specificity < MediaRange.ExactMatch || q > quality))
                {
                    (specificity, quality) = (s, q);
                }
            }

            // Higher quality wins; at equal quality a type named exactly beats one reached through a wildcard,
            // so "text/html, */*" (what browsers send) is the page, and "*/*" alone is Turtle.
            if (quality > bestQuality || (quality > 0 && quality == bestQuality && specificity > bestSpecificity))
            {
                best = candidate;
                bestQuality = quality;
                bestSpecificity = specificity;
            }
        }

        return best;
    }
}
