using System.Buffers;
using System.Globalization;
using System.Numerics;

namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>
/// An exact decimal of any size and precision: <c>Unscaled / 10^Scale</c>. System.Decimal was not used
/// because it stops at 28-29 significant digits, and xsd:decimal has no such limit (a 40-digit literal must compare exactly).
/// The value is kept normalised (no trailing fractional zeros, Scale &gt;= 0), so equal values have equal fields.
/// Magnitudes within ±2^31 of the unscaled part do not allocate (BigInteger keeps them inline).
/// </summary>
public readonly struct XsdDecimal : IEquatable<XsdDecimal>, IComparable<XsdDecimal>
{
    /// <summary>Fractional digits kept by <see cref="Divide"/> when the quotient does not terminate sooner (XPath asks for at least 18).</summary>
    public const int DivisionFractionDigits = 24;

    private const int StackLimit = 256;

    private XsdDecimal(BigInteger unscaled, int scale)
    {
        Unscaled = unscaled;
        Scale = scale;
    }

    public static XsdDecimal Zero => default;

    public static XsdDecimal One => new(BigInteger.One, 0);

    public BigInteger Unscaled { get; }

    /// <summary>Number of fractional digits (0 for integers).</summary>
    public int Scale { get; }

    public int Sign => Unscaled.Sign;

    public bool IsInteger => Scale == 0;

    /// <summary>Creates the value <paramref name="unscaled"/> × 10^-<paramref name="scale"/>, normalising it.</summary>
    public static XsdDecimal Create(BigInteger unscaled, int scale)
    {
        if (scale < 0)
        {
            return new XsdDecimal(unscaled * BigInteger.Pow(10, -scale), 0);
        }

        while (scale > 0 && !unscaled.IsZero)
        {
            var quotient = BigInteger.DivRem(unscaled, 10, out var remainder);
            if (!remainder.IsZero)
            {
                break;
            }

            unscaled = quotient;
            scale--;
        }

        return new XsdDecimal(unscaled.IsZero ? BigInteger.Zero : unscaled, unscaled.IsZero ? 0 : scale);
    }

    public static XsdDecimal FromInteger(XsdInteger value) => new(value.AsBigInteger, 0);

    public static XsdDecimal FromInteger(long value) => new(value, 0);

    public static implicit operator XsdDecimal(long value) => new(value, 0);

    /// <summary>
    /// Parses the xsd:decimal lexical form <c>[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)</c> (no whitespace: callers trim first).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out XsdDecimal value)
    {
        value = default;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && (text[0] == '+' || text[0] == '-'))
        {
            negative = text[0] == '-';
            i = 1;
        }

        var intDigits = XsdScanning.CountDigits(text, i);
        var integerPart = text.Slice(i, intDigits);
        i += intDigits;
        var fractionPart = ReadOnlySpan<char>.Empty;
        if (i < text.Length && text[i] == '.')
        {
            var fracDigits = XsdScanning.CountDigits(text, i + 1);
            fractionPart = text.Slice(i + 1, fracDigits);
            i += 1 + fracDigits;
        }

        if (i != text.Length || (integerPart.IsEmpty && fractionPart.IsEmpty))
        {
            return false;
        }

        value = FromDigitParts(integerPart, fractionPart, negative);
        return true;
    }

    /// <summary>Builds the value of "<paramref name="integerPart"/>.<paramref name="fractionPart"/>" from digits already checked.</summary>
    internal static XsdDecimal FromDigitParts(ReadOnlySpan<char> integerPart, ReadOnlySpan<char> fractionPart, bool negative)
    {
        integerPart = integerPart.TrimStart('0');
        fractionPart = fractionPart.TrimEnd('0');
        var total = integerPart.Length + fractionPart.Length;
        if (total == 0)
        {
            return Zero;
        }

        BigInteger unscaled;
        if (total <= 18)
        {
            var v = XsdScanning.ReadLong(integerPart);
            foreach (var c in fractionPart)
            {
                v = (v * 10) + (c - '0');
            }

            unscaled = v;
        }
        else
        {
            char[]? rented = null;
            var buffer = total <= StackLimit ? stackalloc char[total] : (rented = ArrayPool<char>.Shared.Rent(total));
            integerPart.CopyTo(buffer);
            fractionPart.CopyTo(buffer[integerPart.Length..]);
            unscaled = BigInteger.Parse(buffer[..total], NumberStyles.None, CultureInfo.InvariantCulture);
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }

        // Leading zeros were stripped from the integer part and trailing zeros from the fraction, so this is normalised.
        return new XsdDecimal(negative ? -unscaled : unscaled, fractionPart.Length);
    }

    /// <summary>The exact decimal value of a finite double (via its shortest round-trip form); false for NaN and infinities.</summary>
    public static bool TryFromDouble(double value, out XsdDecimal result)
    {
        result = default;
        if (!double.IsFinite(value))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[40];
        value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture);
        return TryParseScientific(buffer[..written], out result);
    }

    /// <summary>The decimal value of a finite float (via its shortest round-trip form); false for NaN and infinities.</summary>
    public static bool TryFromSingle(float value, out XsdDecimal result)
    {
        result = default;
        if (!float.IsFinite(value))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[40];
        value.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture);
        return TryParseScientific(buffer[..written], out result);
    }

    private static bool TryParseScientific(ReadOnlySpan<char> text, out XsdDecimal result)
    {
        var e = text.IndexOfAny('E', 'e');
        if (e < 0)
        {
            return TryParse(text, out result);
        }

        if (!TryParse(text[..e], out var mantissa) || !int.TryParse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent))
        {
            result = default;
            return false;
        }

        result = Create(mantissa.Unscaled, mantissa.Scale - exponent);
        return true;
    }

    public static XsdDecimal operator +(XsdDecimal a, XsdDecimal b)
    {
        if (a.Scale == b.Scale)
        {
            return Create(a.Unscaled + b.Unscaled, a.Scale);
        }

        var scale = Math.Max(a.Scale, b.Scale);
        return Create(a.Rescaled(scale) + b.Rescaled(scale), scale);
    }

    public static XsdDecimal operator -(XsdDecimal a, XsdDecimal b) => a + (-b);

    public static XsdDecimal operator -(XsdDecimal a) => new(-a.Unscaled, a.Scale);

    public static XsdDecimal operator *(XsdDecimal a, XsdDecimal b) => Create(a.Unscaled * b.Unscaled, a.Scale + b.Scale);

    public static bool operator ==(XsdDecimal a, XsdDecimal b) => a.Equals(b);

    public static bool operator !=(XsdDecimal a, XsdDecimal b) => !a.Equals(b);

    public static bool operator <(XsdDecimal a, XsdDecimal b) => a.CompareTo(b) < 0;

    public static bool operator >(XsdDecimal a, XsdDecimal b) => a.CompareTo(b) > 0;

    public static bool operator <=(XsdDecimal a, XsdDecimal b) => a.CompareTo(b) <= 0;

    public static bool operator >=(XsdDecimal a, XsdDecimal b) => a.CompareTo(b) >= 0;

    /// <summary>
    /// a / b, exact when the quotient terminates within <see cref="DivisionFractionDigits"/> fractional digits
    /// (or the operands' own scale, if larger), otherwise rounded half to even at that digit.
    /// </summary>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static XsdDecimal Divide(XsdDecimal dividend, XsdDecimal divisor)
    {
        if (divisor.Unscaled.IsZero)
        {
            throw new DivideByZeroException("xsd:decimal division by zero.");
        }

        var scale = Math.Max(DivisionFractionDigits, Math.Max(dividend.Scale, divisor.Scale));
        // dividend/divisor = (Ua / 10^sa) / (Ub / 10^sb); multiply by 10^scale to get the unscaled result.
        var numerator = dividend.Unscaled * BigInteger.Pow(10, scale + divisor.Scale);
        var denominator = divisor.Unscaled * BigInteger.Pow(10, dividend.Scale);
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        if (!remainder.IsZero)
        {
            var twice = BigInteger.Abs(remainder) * 2;
            var cmp = twice.CompareTo(BigInteger.Abs(denominator));
            if (cmp > 0 || (cmp == 0 && !quotient.IsEven))
            {
                quotient += (numerator.Sign * denominator.Sign) < 0 ? BigInteger.MinusOne : BigInteger.One;
            }
        }

        return Create(quotient, scale);
    }

    /// <summary>The integer part, truncated toward zero.</summary>
    public BigInteger Truncate() => Scale == 0 ? Unscaled : BigInteger.Divide(Unscaled, BigInteger.Pow(10, Scale));

    /// <summary>The largest integer not greater than this value.</summary>
    public BigInteger Floor()
    {
        var t = Truncate();
        return Sign < 0 && Scale > 0 ? t - 1 : t;
    }

    public int CompareTo(XsdDecimal other)
    {
        if (Sign != other.Sign)
        {
            return Sign.CompareTo(other.Sign);
        }

        if (Scale == other.Scale)
        {
            return Unscaled.CompareTo(other.Unscaled);
        }

        var scale = Math.Max(Scale, other.Scale);
        return Rescaled(scale).CompareTo(other.Rescaled(scale));
    }

    public bool Equals(XsdDecimal other) => Scale == other.Scale && Unscaled.Equals(other.Unscaled);

    public override bool Equals(object? obj) => obj is XsdDecimal other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Unscaled, Scale);

    /// <summary>Correctly rounded to the nearest double (one rounding, done by the runtime's parser).</summary>
    public double ToDouble()
    {
        Span<char> buffer = stackalloc char[StackLimit];
        return TryFormatScientific(buffer, out var written)
            ? double.Parse(buffer[..written], NumberStyles.Float, CultureInfo.InvariantCulture)
            : double.Parse(ToScientificString(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>Correctly rounded to the nearest float.</summary>
    public float ToSingle()
    {
        Span<char> buffer = stackalloc char[StackLimit];
        return TryFormatScientific(buffer, out var written)
            ? float.Parse(buffer[..written], NumberStyles.Float, CultureInfo.InvariantCulture)
            : float.Parse(ToScientificString(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The canonical form as RDF tools write xsd:decimal: always a point with at least one digit on each side
    /// ("3.0", "-0.5", "1.5"), which is XSD 1.0's canonical form; XSD 1.1 would drop ".0" from integral values.
    /// </summary>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[StackLimit];
        if (!Unscaled.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture))
        {
            return Layout(Unscaled.ToString(CultureInfo.InvariantCulture), Scale);
        }

        return Layout(buffer[..written], Scale);
    }

    /// <summary>Places the decimal point into "[-]digits" so that <paramref name="scale"/> digits follow it.</summary>
    private static string Layout(ReadOnlySpan<char> signedDigits, int scale)
    {
        var negative = signedDigits[0] == '-';
        var digits = negative ? signedDigits[1..] : signedDigits;
        var integerLength = digits.Length - scale;
        // sign + integer part (at least "0") + "." + fraction (at least "0")
        var length = (negative ? 1 : 0) + Math.Max(integerLength, 1) + 1 + Math.Max(scale, 1);
        var output = length <= StackLimit ? stackalloc char[length] : new char[length];
        var n = 0;
        if (negative)
        {
            output[n++] = '-';
        }

        if (integerLength <= 0)
        {
            output[n++] = '0';
            output[n++] = '.';
            output.Slice(n, -integerLength).Fill('0');
            n += -integerLength;
            digits.CopyTo(output[n..]);
        }
        else
        {
            digits[..integerLength].CopyTo(output[n..]);
            n += integerLength;
            output[n++] = '.';
            if (scale == 0)
            {
                output[n] = '0';
            }
            else
            {
                digits[integerLength..].CopyTo(output[n..]);
            }
        }

        return new string(output);
    }

    /// <summary>Formats as "[-]digits" when integral, otherwise as <see cref="ToString"/>; XSD 1.1's canonical map for decimals inside durations.</summary>
    internal string ToMinimalString() => Scale == 0 ? Unscaled.ToString(CultureInfo.InvariantCulture) : ToString();

    private BigInteger Rescaled(int scale) => scale == Scale ? Unscaled : Unscaled * BigInteger.Pow(10, scale - Scale);

    private bool TryFormatScientific(Span<char> buffer, out int written)
    {
        written = 0;
        if (!Unscaled.TryFormat(buffer, out var n, default, CultureInfo.InvariantCulture))
        {
            return false;
        }

        if (Scale == 0)
        {
            written = n;
            return true;
        }

        if (buffer.Length - n < 12)
        {
            return false;
        }

        buffer[n++] = 'E';
        buffer[n++] = '-';
        Scale.TryFormat(buffer[n..], out var e, default, CultureInfo.InvariantCulture);
        written = n + e;
        return true;
    }

    private string ToScientificString() =>
        Scale == 0 ? Unscaled.ToString(CultureInfo.InvariantCulture) : Unscaled.ToString(CultureInfo.InvariantCulture) + "E-" + Scale.ToString(CultureInfo.InvariantCulture);
}
