using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Server.Dumps;

/// <summary>A dump's serialization: gzipped N-Quads (the default) or gzipped TriG, chosen by URL suffix or Accept.</summary>
public sealed record DumpFormat(RdfFormat Rdf, string Suffix)
{
    public static readonly DumpFormat NQuads = new(RdfFormat.NQuads, ".nq.gz");
    public static readonly DumpFormat TriG = new(RdfFormat.TriG, ".trig.gz");

    public static IReadOnlyList<DumpFormat> All { get; } = [NQuads, TriG];

    /// <summary>
    /// The format an <c>Accept</c> header asks for: N-Quads unless TriG is preferred (q-values, aliases named
    /// exactly, wildcards); null when the header accepts neither (and is not a wildcard or gzip, which get the default).
    /// </summary>
    public static DumpFormat? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return NQuads;
        }

        var ranges = MediaRange.ParseAccept(accept);
        DumpFormat? best = null;
        var bestQuality = 0.0;
        foreach (var format in All)
        {
            // Aliases (text/x-nquads, application/x-trig) count only when named exactly; ties go to N-Quads.
            var quality = MediaRange.QualityOf(ranges, format.Rdf.MediaType);
            foreach (var alias in format.Rdf.OtherMediaTypes)
            {
                var (specificity, q) = MediaRange.Match(ranges, alias);
                if (specificity == MediaRange.ExactMatch)
                {
                    quality = Math.Max(quality, q);
                }
            }

            if (quality > bestQuality)
            {
                best = format;
                bestQuality = quality;
            }
        }

        // A client that asks for the file itself (application/gzip) gets the default dump.
        if (best is null && MediaRange.QualityOf(ranges, "application/gzip") > 0)
        {
            return NQuads;
        }

        return best;
    }

    /// <summary>The file name offered in <c>Content-Disposition</c>: <c>kg-dump.nq.gz</c>, or with the graph for a graph dump.</summary>
    public string FileName(string? graphSlug) => "kg-dump" + (graphSlug is null ? string.Empty : "-" + graphSlug) + Suffix;
}
