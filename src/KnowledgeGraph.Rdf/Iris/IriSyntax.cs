using System.Text;

namespace KnowledgeGraph.Rdf.Iris;

/// <summary>
/// IRI syntax (RFC 3987) and reference resolution exactly per RFC 3986 section 5.2:
/// the Turtle and TriG suites check the corner cases (dot segments, empty paths, queries, fragments).
/// </summary>
public static class IriSyntax
{
    /// <summary>The five components of an IRI reference; null means "undefined" (RFC 3986 distinguishes it from empty).</summary>
    private readonly ref struct Components
    {
        public Components(ReadOnlySpan<char> text)
        {
            var rest = text;
            var hashAt = rest.IndexOf('#');
            if (hashAt >= 0)
            {
                Fragment = rest[(hashAt + 1)..];
                HasFragment = true;
                rest = rest[..hashAt];
            }

            var queryAt = rest.IndexOf('?');
            if (queryAt >= 0)
            {
                Query = rest[(queryAt + 1)..];
                HasQuery = true;
                rest = rest[..queryAt];
            }

            var schemeEnd = SchemeLength(rest);
            if (schemeEnd > 0)
            {
                Scheme = rest[..schemeEnd];
                HasScheme = true;
                rest = rest[(schemeEnd + 1)..];
            }

            if (rest.StartsWith("//"))
            {
                rest = rest[2..];
                var pathAt = rest.IndexOf('/');
                Authority = pathAt >= 0 ? rest[..pathAt] : rest;
                HasAuthority = true;
                rest = pathAt >= 0 ? rest[pathAt..] : ReadOnlySpan<char>.Empty;
            }

            Path = rest;
        }

        public ReadOnlySpan<char> Scheme { get; }

        public bool HasScheme { get; }

        public ReadOnlySpan<char> Authority { get; }

        public bool HasAuthority { get; }

        public ReadOnlySpan<char> Path { get; }

        public ReadOnlySpan<char> Query { get; }

        public bool HasQuery { get; }

        public ReadOnlySpan<char> Fragment { get; }

        public bool HasFragment { get; }
    }

    /// <summary>
    /// The length of the scheme when <paramref name="text"/> starts with <c>scheme ":"</c>
    /// (<c>ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )</c>), otherwise 0.
    /// </summary>
    public static int SchemeLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !char.IsAsciiLetter(text[0]))
        {
            return 0;
        }

        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ':')
            {
                return i;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c == '+' || c == '-' || c == '.'))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>True when the reference has a scheme, i.e. is an absolute IRI (a fragment is allowed, as in RDF).</summary>
    public static bool IsAbsolute(ReadOnlySpan<char> text) => SchemeLength(text) > 0;

    /// <summary>
    /// Checks that <paramref name="text"/> is an absolute IRI: a scheme, no characters that RFC 3987 forbids
    /// (spaces, controls, <c>&lt;&gt;"{}|\^`</c>), and well-formed percent-encodings.
    /// </summary>
    /// <returns>null when valid, otherwise a short description of the first problem.</returns>
    public static string? ValidateAbsolute(string text)
    {
        if (SchemeLength(text) == 0)
        {
            return "an absolute IRI needs a scheme such as 'http:'";
        }

        return ValidateCharacters(text);
    }

    /// <summary>Checks the characters of an IRI reference (absolute or relative); null when valid.</summary>
    public static string? ValidateCharacters(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`' || (c >= '\u007F' && c <= '\u009F'))
            {
                return $"character U+{(int)c:X4} is not allowed in an IRI";
            }

            if (c == '%' && (i + 2 >= text.Length || !char.IsAsciiHexDigit(text[i + 1]) || !char.IsAsciiHexDigit(text[i + 2])))
            {
                return "'%' must be followed by two hexadecimal digits";
            }
        }

        return null;
    }

    /// <summary>
    /// Resolves <paramref name="reference"/> against <paramref name="baseIri"/> (RFC 3986 section 5.2.2,
    /// strict: a reference with a scheme is taken as absolute). A null base leaves the reference as it is.
    /// </summary>
    public static string Resolve(string? baseIri, string reference)
    {
        if (baseIri is null)
        {
            return reference;
        }

        var r = new Components(reference);
        if (r.HasScheme && !HasDotSegments(r.Path))
        {
            return reference; // the common case: already absolute and normal.
        }

        var sb = new StringBuilder(baseIri.Length + reference.Length);
        if (r.HasScheme)
        {
            sb.Append(r.Scheme).Append(':');
            AppendAuthority(sb, r.HasAuthority, r.Authority);
            AppendWithoutDotSegments(sb, r.Path);
            AppendQuery(sb, r.HasQuery, r.Query);
            AppendFragment(sb, r.HasFragment, r.Fragment);
            return sb.ToString();
        }

        var b = new Components(baseIri);
        sb.Append(b.Scheme).Append(':');
        if (r.HasAuthority)
        {
            AppendAuthority(sb, true, r.Authority);
            AppendWithoutDotSegments(sb, r.Path);
            AppendQuery(sb, r.HasQuery, r.Query);
        }
        else
        {
            AppendAuthority(sb, b.HasAuthority, b.Authority);
            if (r.Path.IsEmpty)
            {
                sb.Append(b.Path);
                if (r.HasQuery)
                {
                    AppendQuery(sb, true, r.Query);
                }
                else
                {
                    AppendQuery(sb, b.HasQuery, b.Query);
                }
            }
            else
            {
                if (r.Path[0] == '/')
                {
                    AppendWithoutDotSegments(sb, r.Path);
                }
                else
                {
                    AppendWithoutDotSegments(sb, Merge(b.HasAuthority, b.Path, r.Path));
                }

                AppendQuery(sb, r.HasQuery, r.Query);
            }
        }

        AppendFragment(sb, r.HasFragment, r.Fragment);
        return sb.ToString();
    }

    private static bool HasDotSegments(ReadOnlySpan<char> path) =>
        path.Contains("/.", StringComparison.Ordinal) || path.StartsWith(".");

    private static void AppendAuthority(StringBuilder sb, bool has, ReadOnlySpan<char> authority)
    {
        if (has)
        {
            sb.Append("//").Append(authority);
        }
    }

    private static void AppendQuery(StringBuilder sb, bool has, ReadOnlySpan<char> query)
    {
        if (has)
        {
            sb.Append('?').Append(query);
        }
    }

    private static void AppendFragment(StringBuilder sb, bool has, ReadOnlySpan<char> fragment)
    {
        if (has)
        {
            sb.Append('#').Append(fragment);
        }
    }

    /// <summary>RFC 3986 5.2.3.</summary>
    private static string Merge(bool baseHasAuthority, ReadOnlySpan<char> basePath, ReadOnlySpan<char> referencePath)
    {
        if (baseHasAuthority && basePath.IsEmpty)
        {
            return string.Concat("/", referencePath);
        }

        var lastSlash = basePath.LastIndexOf('/');
        return lastSlash < 0 ? referencePath.ToString() : string.Concat(basePath[..(lastSlash + 1)], referencePath);
    }

    /// <summary>RFC 3986 5.2.4, appending the output buffer to <paramref name="sb"/>.</summary>
    private static void AppendWithoutDotSegments(StringBuilder sb, ReadOnlySpan<char> input)
    {
        if (!HasDotSegments(input))
        {
            sb.Append(input);
            return;
        }

        var start = sb.Length;
        while (!input.IsEmpty)
        {
            if (input.StartsWith("../"))
            {
                input = input[3..];
            }
            else if (input.StartsWith("./"))
            {
                input = input[2..];
            }
            else if (input.StartsWith("/./"))
            {
                input = input[2..];
            }
            else if (input.SequenceEqual("/."))
            {
                input = "/";
            }
            else if (input.StartsWith("/../"))
            {
                input = input[3..];
                RemoveLastSegment(sb, start);
            }
            else if (input.SequenceEqual("/.."))
            {
                input = "/";
                RemoveLastSegment(sb, start);
            }
            else if (input.SequenceEqual(".") || input.SequenceEqual(".."))
            {
                input = ReadOnlySpan<char>.Empty;
            }
            else
            {
                var next = input[0] == '/' ? input[1..].IndexOf('/') : input.IndexOf('/');
                var length = next < 0 ? input.Length : (input[0] == '/' ? next + 1 : next);
                sb.Append(input[..length]);
                input = input[length..];
            }
        }
    }

    private static void RemoveLastSegment(StringBuilder sb, int start)
    {
        var i = sb.Length - 1;
        while (i >= start && sb[i] != '/')
        {
            i--;
        }

        sb.Length = Math.Max(i, start);
    }
}
