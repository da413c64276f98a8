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
            if (SparqlVerbatimTokens.End(text, i) is { } verbatimEnd)
            {
                output.Append(text, i, verbatimEnd - i);
                i = verbatimEnd;
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
}
