using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace KnowledgeGraph.Server.Protocol;

/// <summary>
/// Entity tags tied to the dataset version: the same request on the same committed data gets the same tag,
/// and any commit changes every tag (the version is part of it).
/// </summary>
public static class ETags
{
    public static string For(string instance, long version, params string[] parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData([0]);
        }

        return $"\"{instance}-{version}-{Convert.ToHexStringLower(hash.GetHashAndReset(), 0, 8)}\"";
    }

    public static bool Matches(StringValues ifNoneMatch, string etag)
    {
        foreach (var header in ifNoneMatch)
        {
            foreach (var candidate in (header ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var tag = candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate;
                if (tag == "*" || tag == etag)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
