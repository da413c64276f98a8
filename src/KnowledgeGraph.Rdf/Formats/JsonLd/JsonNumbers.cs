using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// Number spellings the JSON-LD algorithms need: ECMAScript's Number.prototype.toString (which JCS and
/// JSON output use) and the canonical xsd:double (<c>1.1E0</c>) and xsd:integer forms that toRdf writes.
/// Both start from .NET's shortest round-trip digits ("R"), then lay them out.
/// </summary>
public static class JsonNumbers
{
    /// <summary>True when the number is written as xsd:integer: no fractional part and below 10^21.</summary>
    public static bool IsIntegral(double value) => Math.Floor(value) == value && Math.Abs(value) < 1e21;

    /// <summary>The canonical xsd:integer form of an integral double.</summary>
    public static string ToXsdInteger(double value) =>
        new System.Numerics.BigInteger(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>The canonical xsd:double form: one digit, a point, at least one more digit, E and the exponent.</summary>
    public static string ToXsdDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "INF" : "-INF";
        }

        var (negative, digits, exponent) = Decompose(value);
        var sb = new StringBuilder();
        if (negative)
        {
            sb.Append('-');
        }

        sb.Append(digits[0]).Append('.');
        sb.Append(digits.Length > 1 ? digits[1..] : "0");
        sb.Append('E').Append((exponent - 1).ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    /// <summary>ECMAScript Number::toString, the form JCS (RFC 8785) prescribes.</summary>
    public static string ToEcmaScript(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new JsonLdException("invalid JSON literal", "NaN and infinities have no JSON form");
        }

        var (negative, digits, n) = Decompose(value);
        var k = digits.Length;
        var sb = new StringBuilder();
        if (negative)
        {
            sb.Append('-');
        }

        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            sb.Append(digits[0]);
            if (k > 1)
            {
                sb.Append('.').Append(digits, 1, k - 1);
            }

            var e = n - 1;
            sb.Append('e').Append(e >= 0 ? "+" : "-").Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>The shortest digits d1..dk (no leading or trailing zeros) and n with value = 0.d1..dk × 10^n.</summary>
    private static (bool Negative, string Digits, int N) Decompose(double value)
    {
        var negative = value < 0;
        var shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);

        // "R" may be plain ("123.45") or exponential ("1.2345E+20"); normalise both to digits and exponent.
        var mantissa = shortest;
        var exp = 0;
        var eAt = shortest.IndexOfAny(['E', 'e']);
        if (eAt >= 0)
        {
            mantissa = shortest[..eAt];
            exp = int.Parse(shortest[(eAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var intPart = point < 0 ? mantissa : mantissa[..point];
        var fracPart = point < 0 ? string.Empty : mantissa[(point + 1)..];
        var all = intPart + fracPart;
        var n = intPart.Length + exp;
        var lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0')
        {
            lead++;
        }

        all = all[lead..];
        n -= lead;
        all = all.TrimEnd('0');
        if (all.Length == 0)
        {
            all = "0";
        }

        return (negative, all, n);
    }
}
