namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>Small hand-written scanning helpers shared by the lexical parsers (no regular expressions on hot paths).</summary>
internal static class XsdScanning
{
    public static bool AllAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Counts the ASCII digits starting at <paramref name="start"/>.</summary>
    public static int CountDigits(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }

    /// <summary>Reads exactly two digits at <paramref name="at"/>.</summary>
    public static bool TryReadTwoDigits(ReadOnlySpan<char> text, int at, out int value)
    {
        if (at + 1 < text.Length && char.IsAsciiDigit(text[at]) && char.IsAsciiDigit(text[at + 1]))
        {
            value = ((text[at] - '0') * 10) + (text[at + 1] - '0');
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Reads up to 18 digits as a long (callers bound the length, so this cannot overflow).</summary>
    public static long ReadLong(ReadOnlySpan<char> digits)
    {
        long v = 0;
        foreach (var c in digits)
        {
            v = (v * 10) + (c - '0');
        }

        return v;
    }
}
