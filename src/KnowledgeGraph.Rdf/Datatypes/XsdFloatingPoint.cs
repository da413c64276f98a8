using System.Globalization;

namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>Lexical scanning and canonical formatting for xsd:double and xsd:float.</summary>
public static class XsdFloatingPoint
{
    /// <summary>
    /// Checks the XSD 1.1 lexical space <c>(\+|-)?([0-9]+(\.[0-9]*)?|\.[0-9]+)([Ee](\+|-)?[0-9]+)?|(\+|-)?INF|NaN</c>
    /// (no whitespace: callers trim first). "+INF" is valid in XSD 1.1, though not in 1.0.
    /// </summary>
    public static bool IsValidLexical(ReadOnlySpan<char> text)
    {
        if (text.SequenceEqual("NaN"))
        {
            return true;
        }

        var i = 0;
        if (text.Length > 0 && (text[0] == '+' || text[0] == '-'))
        {
            i = 1;
        }

        if (text[i..].SequenceEqual("INF"))
        {
            return true;
        }

        var intDigits = XsdScanning.CountDigits(text, i);
        i += intDigits;
        var fracDigits = 0;
        if (i < text.Length && text[i] == '.')
        {
            fracDigits = XsdScanning.CountDigits(text, i + 1);
            i += 1 + fracDigits;
        }

        if (intDigits == 0 && fracDigits == 0)
        {
            return false;
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '+' || text[i] == '-'))
            {
                i++;
            }

            var expDigits = XsdScanning.CountDigits(text, i);
            if (expDigits == 0)
            {
                return false;
            }

            i += expDigits;
        }

        return i == text.Length;
    }

    /// <summary>Parses an xsd:double lexical form, rounding to nearest as IEEE 754 and XSD require.</summary>
    public static bool TryParseDouble(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        if (!IsValidLexical(text))
        {
            return false;
        }

        value = Special(text) ?? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>Parses an xsd:float lexical form, rounding straight to single precision (not through double, which could round twice).</summary>
    public static bool TryParseSingle(ReadOnlySpan<char> text, out float value)
    {
        value = 0;
        if (!IsValidLexical(text))
        {
            return false;
        }

        var special = Special(text);
        value = special.HasValue ? (float)special.Value : float.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>XSD 1.1 canonical form: "INF", "-INF", "NaN", "0.0E0", "-0.0E0", else shortest round-trip digits as d.dddE±n.</summary>
    public static string FormatDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "INF" : "-INF";
        }

        Span<char> buffer = stackalloc char[40];
        value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture);
        return ToCanonicalScientific(buffer[..written]);
    }

    public static string FormatSingle(float value)
    {
        if (float.IsNaN(value))
        {
            return "NaN";
        }

        if (float.IsInfinity(value))
        {
            return value > 0 ? "INF" : "-INF";
        }

        Span<char> buffer = stackalloc char[40];
        value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture);
        return ToCanonicalScientific(buffer[..written]);
    }

    private static double? Special(ReadOnlySpan<char> text) => text switch
    {
        "NaN" => double.NaN,
        "INF" or "+INF" => double.PositiveInfinity,
        "-INF" => double.NegativeInfinity,
        _ => null,
    };

    /// <summary>Rewrites the runtime's shortest round-trip text ("123.45", "1E+20", "-1.5E-05") as XSD's d.dddEn.</summary>
    private static string ToCanonicalScientific(ReadOnlySpan<char> text)
    {
        var negative = text[0] == '-';
        if (negative)
        {
            text = text[1..];
        }

        var e = text.IndexOfAny('E', 'e');
        var mantissa = e < 0 ? text : text[..e];
        var exponent = e < 0 ? 0 : int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

        Span<char> digits = stackalloc char[mantissa.Length];
        var count = 0;
        var pointPosition = -1;
        foreach (var c in mantissa)
        {
            if (c == '.')
            {
                pointPosition = count;
            }
            else
            {
                digits[count++] = c;
            }
        }

        if (pointPosition < 0)
        {
            pointPosition = count;
        }

        // value = 0.digits × 10^(pointPosition + exponent); strip leading zeros, shifting the point.
        var start = 0;
        while (start < count && digits[start] == '0')
        {
            start++;
        }

        if (start == count)
        {
            return negative ? "-0.0E0" : "0.0E0";
        }

        var end = count;
        while (end > start + 1 && digits[end - 1] == '0')
        {
            end--;
        }

        var significant = digits[start..end];
        var decimalExponent = pointPosition - start + exponent - 1;

        Span<char> output = stackalloc char[significant.Length + 16];
        var n = 0;
        if (negative)
        {
            output[n++] = '-';
        }

        output[n++] = significant[0];
        output[n++] = '.';
        if (significant.Length == 1)
        {
            output[n++] = '0';
        }
        else
        {
            significant[1..].CopyTo(output[n..]);
            n += significant.Length - 1;
        }

        output[n++] = 'E';
        decimalExponent.TryFormat(output[n..], out var expWritten, default, CultureInfo.InvariantCulture);
        n += expWritten;
        return new string(output[..n]);
    }
}
