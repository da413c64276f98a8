namespace KnowledgeGraph.Rdf.Formats.Writers;

/// <summary>
/// Turtle's bare literal productions. A literal may be written bare only when its lexical form matches the
/// production exactly, because a reader keeps the matched text as the lexical form and gives it the
/// production's datatype: <c>+01</c> reads back as <c>"+01"^^xsd:integer</c>, while <c>1.</c> is no number at all.
/// </summary>
internal static class TurtleLiteralGrammar
{
    /// <summary>INTEGER: <c>[+-]? [0-9]+</c>.</summary>
    public static bool IsInteger(ReadOnlySpan<char> s)
    {
        s = SkipSign(s);
        return !s.IsEmpty && CountDigits(s) == s.Length;
    }

    /// <summary>DECIMAL: <c>[+-]? [0-9]* '.' [0-9]+</c>.</summary>
    public static bool IsDecimal(ReadOnlySpan<char> s)
    {
        s = SkipSign(s);
        var intDigits = CountDigits(s);
        s = s[intDigits..];
        if (s.IsEmpty || s[0] != '.')
        {
            return false;
        }

        s = s[1..];
        return !s.IsEmpty && CountDigits(s) == s.Length;
    }

    /// <summary>DOUBLE: <c>[+-]? ([0-9]+ '.' [0-9]* EXPONENT | '.' [0-9]+ EXPONENT | [0-9]+ EXPONENT)</c>.</summary>
    public static bool IsDouble(ReadOnlySpan<char> s)
    {
        s = SkipSign(s);
        var intDigits = CountDigits(s);
        s = s[intDigits..];
        var fractionDigits = 0;
        if (!s.IsEmpty && s[0] == '.')
        {
            s = s[1..];
            fractionDigits = CountDigits(s);
            s = s[fractionDigits..];
        }

        if (intDigits == 0 && fractionDigits == 0)
        {
            return false;
        }

        if (s.IsEmpty || s[0] is not ('e' or 'E'))
        {
            return false;
        }

        s = SkipSign(s[1..]);
        return !s.IsEmpty && CountDigits(s) == s.Length;
    }

    /// <summary>BooleanLiteral: exactly <c>true</c> or <c>false</c>.</summary>
    public static bool IsBoolean(ReadOnlySpan<char> s) => s is "true" or "false";

    private static ReadOnlySpan<char> SkipSign(ReadOnlySpan<char> s) => !s.IsEmpty && s[0] is '+' or '-' ? s[1..] : s;

    private static int CountDigits(ReadOnlySpan<char> s)
    {
        var n = 0;
        while (n < s.Length && char.IsAsciiDigit(s[n]))
        {
            n++;
        }

        return n;
    }
}
