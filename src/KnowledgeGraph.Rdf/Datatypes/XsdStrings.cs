namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>Lexical checks for the string-derived types.</summary>
public static class XsdStrings
{
    /// <summary>
    /// True when every character matches XML 1.0's Char production (#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]):
    /// the lexical space of xsd:string and everything derived from it. Unpaired surrogates, NUL and most C0 controls fail.
    /// </summary>
    public static bool IsXmlCharSequence(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 0x20 && c < 0xD800)
            {
                continue;
            }

            if (c is '\t' or '\n' or '\r' || (c >= 0xE000 && c <= 0xFFFD))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>xsd:language: <c>[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*</c>.</summary>
    public static bool IsLanguage(ReadOnlySpan<char> text)
    {
        var partLength = 0;
        var firstPart = true;
        foreach (var c in text)
        {
            if (c == '-')
            {
                if (partLength == 0)
                {
                    return false;
                }

                firstPart = false;
                partLength = 0;
                continue;
            }

            if (!(char.IsAsciiLetter(c) || (!firstPart && char.IsAsciiDigit(c))) || ++partLength > 8)
            {
                return false;
            }
        }

        return partLength > 0;
    }

    /// <summary>Compares by Unicode code point, as XPath's default collation does (UTF-16 ordinal order differs above U+FFFF).</summary>
    public static int CompareCodePoints(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var mismatch = a.CommonPrefixLength(b);
        if (mismatch == a.Length || mismatch == b.Length)
        {
            return a.Length.CompareTo(b.Length);
        }

        return CodePointOrderKey(a[mismatch]).CompareTo(CodePointOrderKey(b[mismatch]));
    }

    /// <summary>
    /// Maps a UTF-16 unit so that unit order becomes code point order: surrogates (which encode U+10000 and above)
    /// move above U+E000-U+FFFF. A differing surrogate decides the order on its own, since high surrogates order their pairs.
    /// </summary>
    private static int CodePointOrderKey(char c) => c switch
    {
        >= '\uD800' and <= '\uDFFF' => c + 0x2000,
        >= '\uE000' => c - 0x800,
        _ => c,
    };
}
