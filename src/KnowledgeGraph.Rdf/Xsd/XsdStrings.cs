namespace KnowledgeGraph.Rdf.Xsd;

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
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            var x = a[i];
            var y = b[i];
            if (x == y)
            {
                continue;
            }

            // Surrogates (D800-DFFF) encode code points above every BMP character, including E000-FFFF.
            var fx = char.IsSurrogate(x) ? x + 0x2000 : x;
            var fy = char.IsSurrogate(y) ? y + 0x2000 : y;
            if (x >= 0xE000)
            {
                fx = x - 0x800;
            }

            if (y >= 0xE000)
            {
                fy = y - 0x800;
            }

            return fx.CompareTo(fy);
        }

        return a.Length.CompareTo(b.Length);
    }
}
