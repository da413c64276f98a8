using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Server.Options;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>
/// The mapping between this server's paths and stored instance IRIs: <c>{InstancePath}{rest}</c> on the server
/// names <c>{InstanceBase}{rest}</c> in the store (by default <c>/id/actor/taliban</c> names
/// <c>https://w3id.org/newskg/id/actor/taliban</c>). The stored IRIs never change; when the data is loaded with the
/// server's own address as its base, the two are simply the same IRI.
/// </summary>
public sealed class InstanceIris
{
    public InstanceIris(ServerOptions options)
    {
        Base = string.IsNullOrWhiteSpace(options.InstanceBase) ? "https://w3id.org/newskg/id/" : options.InstanceBase.Trim();
        var path = string.IsNullOrWhiteSpace(options.InstancePath) ? "/id/" : options.InstancePath.Trim();
        Path = "/" + path.Trim('/') + "/";
        if (Path == "//")
        {
            throw new InvalidOperationException("KnowledgeGraph:InstancePath cannot be the root; use a folder such as /id/.");
        }
    }

    /// <summary>The stored IRI prefix of instance data, e.g. <c>https://w3id.org/newskg/id/</c>.</summary>
    public string Base { get; }

    /// <summary>The local path prefix, with a leading and a trailing slash, e.g. <c>/id/</c>.</summary>
    public string Path { get; }

    /// <summary>The stored IRI a local path remainder (after <see cref="Path"/>) names; null when it cannot be an IRI.</summary>
    public Iri? FromLocal(string rest)
    {
        if (rest.Length == 0 || rest.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`'))
        {
            return null;
        }

        return new Iri(Base + rest);
    }

    /// <summary>
    /// The stored IRIs a path remainder may name, most likely first: the IRI form (RFC 3987 3.2: percent-encoded UTF-8
    /// for non-ASCII characters decoded, since browsers percent-encode an IRI's path) and the path exactly as sent.
    /// </summary>
    public IReadOnlyList<Iri> Candidates(string rest)
    {
        var candidates = new List<Iri>(2);
        if (FromLocal(DecodeNonAscii(rest)) is { } decoded)
        {
            candidates.Add(decoded);
        }

        if (FromLocal(rest) is { } raw && !candidates.Contains(raw))
        {
            candidates.Add(raw);
        }

        return candidates;
    }

    /// <summary>Decodes the percent-encoded octets that form UTF-8 non-ASCII characters; ASCII escapes (%2F, %20) stay.</summary>
    public static string DecodeNonAscii(string path)
    {
        if (!path.Contains('%', StringComparison.Ordinal))
        {
            return path;
        }

        var sb = new System.Text.StringBuilder(path.Length);
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '%' && TryOctet(path, i, out var first) && first >= 0x80)
            {
                var octets = new List<byte> { first };
                var j = i + 3;
                while (j < path.Length && path[j] == '%' && TryOctet(path, j, out var next) && next >= 0x80 && next < 0xC0)
                {
                    octets.Add(next);
                    j += 3;
                }

                try
                {
                    sb.Append(new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString([.. octets]));
                    i = j;
                    continue;
                }
                catch (System.Text.DecoderFallbackException)
                {
                    // Not UTF-8: keep the escapes as they are.
                }

                sb.Append(path, i, j - i);
                i = j;
                continue;
            }

            sb.Append(path[i]);
            i++;
        }

        return sb.ToString();
    }

    /// <summary>A path with its non-ASCII characters percent-encoded as UTF-8 (HTTP headers carry ASCII only).</summary>
    public static string EncodeNonAscii(string path)
    {
        if (path.All(char.IsAscii))
        {
            return path;
        }

        var sb = new System.Text.StringBuilder(path.Length * 2);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in path.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                sb.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length])
            {
                sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    private static bool TryOctet(string s, int at, out byte value)
    {
        value = 0;
        return at + 2 < s.Length && byte.TryParse(s.AsSpan(at + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out value);
    }

    /// <summary>The local path of a stored IRI under <see cref="Base"/>; null for any other IRI.</summary>
    public string? LocalPath(Iri iri) =>
        iri.Value.Length > Base.Length && iri.Value.StartsWith(Base, StringComparison.Ordinal) ? Path + iri.Value[Base.Length..] : null;

    /// <summary>Where a link to <paramref name="iri"/> should point: its local page when it is ours, else the IRI itself.</summary>
    public string Href(Iri iri) => LocalPath(iri) ?? iri.Value;

    public bool IsInstance(Iri iri) => LocalPath(iri) is not null;
}
