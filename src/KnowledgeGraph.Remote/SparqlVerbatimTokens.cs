namespace KnowledgeGraph.Remote;

/// <summary>
/// The tokens the Virtuoso rewriters copy through untouched while they scan SPARQL text: string literals (short and
/// long, with escapes), IRIs and comments, so a brace or keyword inside one of them is never taken for syntax.
/// </summary>
internal static class SparqlVerbatimTokens
{
    /// <summary>The end of the string, IRI or comment that starts at <paramref name="i"/>; null when none starts there.</summary>
    public static int? End(string text, int i)
    {
        var c = text[i];
        if (c is '"' or '\'')
        {
            return SkipString(text, i);
        }

        if (c == '<')
        {
            return IriEnd(text, i);
        }

        if (c == '#')
        {
            var end = text.IndexOf('\n', i);
            return end < 0 ? text.Length : end;
        }

        return null;
    }

    public static int SkipString(string text, int start)
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
    public static int? IriEnd(string text, int start)
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
