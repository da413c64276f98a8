namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>The character classes of the SPARQL grammar (PN_CHARS_BASE, PN_CHARS_U, PN_CHARS), surrogate-pair aware.</summary>
internal static class CharClasses
{
    /// <summary>PN_CHARS_BASE at <paramref name="i"/>; <paramref name="width"/> is 2 for a supplementary code point.</summary>
    public static bool IsPnCharsBase(string text, int i, out int width)
    {
        width = 1;
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // [#x10000-#xEFFFF]
                var cp = char.ConvertToUtf32(c, text[i + 1]);
                width = 2;
                return cp <= 0xEFFFF;
            }

            return false;
        }

        return c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z')
            or (>= '\u00C0' and <= '\u00D6') or (>= '\u00D8' and <= '\u00F6') or (>= '\u00F8' and <= '\u02FF')
            or (>= '\u0370' and <= '\u037D') or (>= '\u037F' and <= '\u1FFF') or (>= '\u200C' and <= '\u200D')
            or (>= '\u2070' and <= '\u218F') or (>= '\u2C00' and <= '\u2FEF') or (>= '\u3001' and <= '\uD7FF')
            or (>= '\uF900' and <= '\uFDCF') or (>= '\uFDF0' and <= '\uFFFD');
    }

    public static bool IsPnCharsU(string text, int i, out int width) =>
        IsPnCharsBase(text, i, out width) || text[i] == '_';

    public static bool IsPnChars(string text, int i, out int width)
    {
        if (IsPnCharsU(text, i, out width))
        {
            return true;
        }

        var c = text[i];
        width = 1;
        return c is '-' or (>= '0' and <= '9') or '\u00B7' or (>= '\u0300' and <= '\u036F') or '\u203F' or '\u2040';
    }
}
