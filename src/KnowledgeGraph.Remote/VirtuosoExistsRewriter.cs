using System.Text;

namespace KnowledgeGraph.Remote;

/// <summary>
/// Part of <see cref="VirtuosoDialect"/>: Virtuoso 7.2 drops a positive <c>FILTER(EXISTS { P })</c> that sits inside a
/// subquery with aggregation, DISTINCT or GROUP BY when that subquery is joined with anything else (every compiled
/// GraphQL collection query has that shape), while it evaluates <c>NOT EXISTS</c> there correctly. So each
/// <c>EXISTS { P }</c> is sent as <c>(!(NOT EXISTS { P }))</c>, which means the same (EXISTS never errors). The text is
/// scanned token-wise: strings, IRIs and comments are copied untouched, braces are matched.
/// </summary>
internal static class VirtuosoExistsRewriter
{
    public static string Rewrite(string text)
    {
        if (text.IndexOf("EXISTS", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return text;
        }

        var output = new StringBuilder(text.Length + 32);
        // Closing braces at which a rewritten EXISTS ends: when depth falls back to the stored value, add "))".
        var closers = new Stack<int>();
        var depth = 0;
        var previousWord = string.Empty;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                var end = SkipString(text, i);
                output.Append(text, i, end - i);
                i = end;
                continue;
            }

            if (c == '<' && IriEnd(text, i) is { } iriEnd)
            {
                output.Append(text, i, iriEnd - i);
                i = iriEnd;
                continue;
            }

            if (c == '#')
            {
                var end = text.IndexOf('\n', i);
                end = end < 0 ? text.Length : end;
                output.Append(text, i, end - i);
                i = end;
                continue;
            }

            if (c == '{')
            {
                depth++;
                output.Append(c);
                i++;
                continue;
            }

            if (c == '}')
            {
                output.Append(c);
                if (closers.Count > 0 && closers.Peek() == depth)
                {
                    closers.Pop();
                    output.Append("))");
                }

                depth--;
                i++;
                continue;
            }

            if (char.IsLetter(c) && (i == 0 || !IsNameChar(text[i - 1])))
            {
                var end = i;
                while (end < text.Length && IsNameChar(text[end]))
                {
                    end++;
                }

                var word = text[i..end];
                if (word.Equals("EXISTS", StringComparison.OrdinalIgnoreCase) && !previousWord.Equals("NOT", StringComparison.OrdinalIgnoreCase))
                {
                    var brace = end;
                    while (brace < text.Length && char.IsWhiteSpace(text[brace]))
                    {
                        brace++;
                    }

                    if (brace < text.Length && text[brace] == '{')
                    {
                        output.Append("(!(NOT EXISTS");
                        // The matching '}' closes at depth + 1 (the '{' will raise depth to that).
                        closers.Push(depth + 1);
                        previousWord = word;
                        i = end;
                        continue;
                    }
                }

                output.Append(word);
                previousWord = word;
                i = end;
                continue;
            }

            if (!char.IsWhiteSpace(c))
            {
                previousWord = string.Empty;
            }

            output.Append(c);
            i++;
        }

        return output.ToString();
    }

    internal static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or ':' or '?' or '$';

    internal static int SkipString(string text, int start)
    {
        var quote = text[start];
        var isLong = start + 2 < text.Length && text[start + 1] == quote && text[start + 2] == quote;
        var i = start + (isLong ? 3 : 1);
        while (i < text.Length)
        {
            if (text[i] == '\\')
            {
                i += 2;
                continue;
            }

            if (text[i] == quote)
            {
                if (!isLong)
                {
                    return i + 1;
                }

                if (i + 2 < text.Length && text[i + 1] == quote && text[i + 2] == quote)
                {
                    return i + 3;
                }
            }

            i++;
        }

        return text.Length;
    }

    /// <summary>The end of an IRIREF starting at <paramref name="start"/>, or null when '&lt;' is a less-than.</summary>
    internal static int? IriEnd(string text, int start)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (c <= ' ' || c is '<' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
            {
                return null;
            }
        }

        return null;
    }
}
