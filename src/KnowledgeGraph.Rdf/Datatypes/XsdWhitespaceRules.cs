namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>Applies the whiteSpace facet; returns the input instance when nothing changes so the common case does not allocate.</summary>
public static class XsdWhitespaceRules
{
    /// <summary>XML's S production: space, tab, line feed, carriage return.</summary>
    public static bool IsXmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r';

    /// <summary>
    /// Strips leading and trailing XML whitespace. For types whose lexical space contains no
    /// whitespace at all, this is all that collapse amounts to: any inner whitespace left over makes the form invalid anyway.
    /// </summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsXmlSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsXmlSpace(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    public static string Apply(string text, XsdWhitespace rule) => rule switch
    {
        XsdWhitespace.Preserve => text,
        XsdWhitespace.Replace => Replace(text),
        _ => Collapse(text),
    };

    public static string Replace(string text)
    {
        if (text.AsSpan().IndexOfAny('\t', '\n', '\r') < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (dest, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                var c = src[i];
                dest[i] = c is '\t' or '\n' or '\r' ? ' ' : c;
            }
        });
    }

    public static string Collapse(string text)
    {
        if (!NeedsCollapse(text))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsXmlSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool NeedsCollapse(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        if (text[0] == ' ' || text[^1] == ' ')
        {
            return true;
        }

        var previousWasSpace = false;
        foreach (var c in text)
        {
            if (c is '\t' or '\n' or '\r')
            {
                return true;
            }

            var isSpace = c == ' ';
            if (isSpace && previousWasSpace)
            {
                return true;
            }

            previousWasSpace = isSpace;
        }

        return false;
    }
}
