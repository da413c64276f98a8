namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>Lexical forms of xsd:hexBinary and xsd:base64Binary.</summary>
public static class XsdBinary
{
    /// <summary>hexBinary: pairs of hex digits, either case (no whitespace: callers trim first).</summary>
    public static bool TryParseHex(ReadOnlySpan<char> text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length % 2 != 0)
        {
            return false;
        }

        var result = new byte[text.Length / 2];
        for (var i = 0; i < result.Length; i++)
        {
            var high = HexValue(text[2 * i]);
            var low = HexValue(text[(2 * i) + 1]);
            if (high < 0 || low < 0)
            {
                return false;
            }

            result[i] = (byte)((high << 4) | low);
        }

        bytes = result;
        return true;
    }

    /// <summary>Canonical hexBinary: upper-case digits.</summary>
    public static string FormatHex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);

    /// <summary>
    /// base64Binary after whitespace collapse: groups of four alphabet characters, single spaces allowed between characters,
    /// and padding only in the forms the XSD grammar allows: "x=" needs x in [AEIMQUYcgkosw048] and "x==" needs x in [AQgw]
    /// (so the unused bits are zero and every value has one canonical form).
    /// </summary>
    public static bool TryParseBase64(ReadOnlySpan<char> text, out byte[] bytes)
    {
        bytes = [];
        Span<char> compact = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        var previousWasSpace = true; // refuses a leading space; a trailing one is checked below
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previousWasSpace)
                {
                    return false;
                }

                previousWasSpace = true;
                continue;
            }

            previousWasSpace = false;
            compact[n++] = c;
        }

        if (n > 0 && previousWasSpace)
        {
            return false;
        }

        var chars = compact[..n];
        if (chars.Length % 4 != 0)
        {
            return false;
        }

        var padding = chars.EndsWith("==") ? 2 : chars.EndsWith("=") ? 1 : 0;
        var body = chars[..^padding];
        foreach (var c in body)
        {
            if (!IsBase64Char(c))
            {
                return false;
            }
        }

        if (padding == 1 && !"AEIMQUYcgkosw048".Contains(body[^1]))
        {
            return false;
        }

        if (padding == 2 && !"AQgw".Contains(body[^1]))
        {
            return false;
        }

        var result = new byte[(chars.Length / 4 * 3) - padding];
        if (!Convert.TryFromBase64Chars(chars, result, out var written) || written != result.Length)
        {
            return false;
        }

        bytes = result;
        return true;
    }

    /// <summary>Canonical base64Binary: XSD 1.1's form with no whitespace at all.</summary>
    public static string FormatBase64(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes);

    private static bool IsBase64Char(char c) => char.IsAsciiLetterOrDigit(c) || c == '+' || c == '/';

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
