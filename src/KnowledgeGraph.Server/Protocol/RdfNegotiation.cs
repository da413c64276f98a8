using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Server.Protocol;

/// <summary>Accept-header negotiation over the RDF formats we can write (q-values, wildcards, aliases).</summary>
public static class RdfNegotiation
{
    /// <summary>
    /// The best writable format for the Accept header, preferring <paramref name="preferred"/> on ties and for a
    /// missing header; null when the header accepts none. With <paramref name="needsNamedGraphs"/> only
    /// quad formats qualify.
    /// </summary>
    public static RdfFormat? Choose(string? accept, RdfFormat preferred, bool needsNamedGraphs = false)
    {
        var candidates = RdfWriters.Supported.Where(f => !needsNamedGraphs || f.SupportsNamedGraphs).ToList();
        if (string.IsNullOrWhiteSpace(accept))
        {
            return candidates.Contains(preferred) ? preferred : candidates[0];
        }

        var ranges = MediaRange.ParseAccept(accept);
        RdfFormat? best = null;
        var bestQuality = 0.0;
        foreach (var format in candidates.Where(f => f != preferred).Prepend(preferred).Where(candidates.Contains))
        {
            var (specificity, quality) = MediaRange.Match(ranges, format.MediaType);
            foreach (var alias in format.OtherMediaTypes)
            {
                // Aliases count only when named exactly (text/plain must not pull in N-Triples through text/*).
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

        return best;
    }

    /// <summary>The RDF format a Content-Type names, when we can read it; null otherwise.</summary>
    public static RdfFormat? Readable(string? contentType)
    {
        var mediaType = SparqlProtocolRequest.MediaTypeOf(contentType);
        return mediaType is not null && RdfFormat.Find(mediaType) is { } format && RdfReaders.CanRead(format) ? format : null;
    }

    public static string ContentType(RdfFormat format) => format.MediaType + "; charset=utf-8";
}
