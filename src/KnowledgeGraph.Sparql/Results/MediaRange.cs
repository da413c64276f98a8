using System.Globalization;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>One entry of an HTTP <c>Accept</c> header: <c>type/subtype</c> (either may be <c>*</c>) and its quality.</summary>
public sealed record MediaRange(string Type, string Subtype, double Quality)
{
    /// <summary>
    /// Parses an <c>Accept</c> header leniently: entries that are not <c>type/subtype</c> are ignored, and a
    /// malformed q parameter counts as 1 (browsers and scripts send odd headers; refusing them helps no one).
    /// </summary>
    public static IReadOnlyList<MediaRange> ParseAccept(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var result = new List<MediaRange>();
        foreach (var entry in header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split(';', StringSplitOptions.TrimEntries);
            var slash = parts[0].IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0 || slash == parts[0].Length - 1)
            {
                continue;
            }

            var quality = 1.0;
            foreach (var p in parts.Skip(1))
            {
                if (p.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                    && double.TryParse(p.AsSpan(2), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var q))
                {
                    quality = Math.Clamp(q, 0, 1);
                }
            }

            result.Add(new MediaRange(parts[0][..slash].ToLowerInvariant(), parts[0][(slash + 1)..].ToLowerInvariant(), quality));
        }

        return result;
    }

    /// <summary>
    /// The quality the ranges give a concrete media type: that of the most specific matching range
    /// (exact, then <c>type/*</c>, then <c>*/*</c>), or 0 when none matches.
    /// </summary>
    public static double QualityOf(IReadOnlyList<MediaRange> ranges, string mediaType) => Match(ranges, mediaType).Quality;

    /// <summary>Specificity of an exact <c>type/subtype</c> match (a <c>type/*</c> match is 1, <c>*/*</c> 0, none -1).</summary>
    public const int ExactMatch = 2;

    /// <summary>The most specific range matching a media type: its specificity (-1 when none) and quality.</summary>
    public static (int Specificity, double Quality) Match(IReadOnlyList<MediaRange> ranges, string mediaType)
    {
        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        var type = mediaType[..slash];
        var subtype = mediaType[(slash + 1)..];
        var bestSpecificity = -1;
        var quality = 0.0;
        foreach (var r in ranges)
        {
            int specificity;
            if (r.Type == "*" && r.Subtype == "*")
            {
                specificity = 0;
            }
            else if (r.Type.Equals(type, StringComparison.OrdinalIgnoreCase) && r.Subtype == "*")
            {
                specificity = 1;
            }
            else if (r.Type.Equals(type, StringComparison.OrdinalIgnoreCase) && r.Subtype.Equals(subtype, StringComparison.OrdinalIgnoreCase))
            {
                specificity = 2;
            }
            else
            {
                continue;
            }

            if (specificity > bestSpecificity)
            {
                bestSpecificity = specificity;
                quality = r.Quality;
            }
        }

        return (bestSpecificity, quality);
    }

    /// <summary>A media type without its parameters, trimmed.</summary>
    public static string StripParameters(string mediaType)
    {
        var semicolon = mediaType.IndexOf(';', StringComparison.Ordinal);
        return (semicolon >= 0 ? mediaType[..semicolon] : mediaType).Trim();
    }
}
