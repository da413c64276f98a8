using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Sparql.Expressions;

/// <summary>
/// Translates XPath regular expressions and flags (s, m, i, x, q) into .NET regexes with a match timeout,
/// so a pathological pattern cannot hang a query. Compiled patterns are cached per query (no static state).
/// </summary>
public sealed class XPathRegex
{
    private readonly Dictionary<(string Pattern, string Flags), Regex?> _cache = [];
    private readonly TimeSpan _timeout;

    public XPathRegex(TimeSpan? matchTimeout = null)
    {
        _timeout = matchTimeout ?? TimeSpan.FromSeconds(2);
    }

    /// <summary>The compiled pattern, or null when the pattern or the flags are invalid (an expression error).</summary>
    public Regex? Get(string pattern, string flags)
    {
        if (_cache.TryGetValue((pattern, flags), out var cached))
        {
            return cached;
        }

        var regex = Compile(pattern, flags, _timeout);
        if (_cache.Count < 1024)
        {
            _cache[(pattern, flags)] = regex;
        }

        return regex;
    }

    private static Regex? Compile(string pattern, string flags, TimeSpan timeout)
    {
        var options = RegexOptions.CultureInvariant;
        var literal = false;
        foreach (var flag in flags)
        {
            switch (flag)
            {
                case 's': options |= RegexOptions.Singleline; break;
                case 'm': options |= RegexOptions.Multiline; break;
                case 'i': options |= RegexOptions.IgnoreCase; break;
                case 'x': pattern = RemoveWhitespace(pattern); break;
                case 'q': literal = true; break;
                default: return null;
            }
        }

        var translated = literal ? Regex.Escape(pattern) : Translate(pattern, (options & RegexOptions.Multiline) != 0);
        try
        {
            return new Regex(translated, options, timeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>XPath's x flag removes whitespace outside character classes.</summary>
    private static string RemoveWhitespace(string pattern)
    {
        var sb = new StringBuilder(pattern.Length);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                sb.Append(c).Append(pattern[++i]);
                continue;
            }

            if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }

            if (!inClass && c is ' ' or '\t' or '\n' or '\r')
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// XPath regexes are close to .NET's; the differences that matter: <c>$</c> matches only at the very end
    /// (not before a final newline) without the m flag, and .NET-only constructs are passed through.
    /// </summary>
    private static string Translate(string pattern, bool multiline)
    {
        var sb = new StringBuilder(pattern.Length + 4);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                sb.Append(c).Append(pattern[++i]);
                continue;
            }

            if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }

            if (c == '$' && !inClass)
            {
                sb.Append(multiline ? "$" : "\\z");
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
