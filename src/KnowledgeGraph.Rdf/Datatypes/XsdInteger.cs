using System.Globalization;
using System.Numerics;

namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>
/// An exact integer of any size. Values that fit a <see cref="long"/> are kept in one (no allocation,
/// checked arithmetic); anything larger moves to a <see cref="BigInteger"/>, and results that fit a long again move back,
/// so equal values always have the same representation.
/// </summary>
public readonly struct XsdInteger : IEquatable<XsdInteger>, IComparable<XsdInteger>
{
    private readonly long _small;
    private readonly BigInteger _big;
    private readonly bool _isBig;

    public XsdInteger(long value)
    {
        _small = value;
        _big = default;
        _isBig = false;
    }

    public XsdInteger(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
        {
            _small = (long)value;
            _big = default;
            _isBig = false;
        }
        else
        {
            _small = 0;
            _big = value;
            _isBig = true;
        }
    }

    public static XsdInteger Zero => default;

    /// <summary>True when the value fits a long; <see cref="AsLong"/> is then exact.</summary>
    public bool FitsInLong => !_isBig;

    public long AsLong => _isBig ? throw new OverflowException("The integer does not fit in a 64-bit long.") : _small;

    public BigInteger AsBigInteger => _isBig ? _big : _small;

    public int Sign => _isBig ? _big.Sign : Math.Sign(_small);

    public static implicit operator XsdInteger(long value) => new(value);

    /// <summary>Parses <c>[+-]?[0-9]+</c> exactly (no whitespace handling: callers trim first).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out XsdInteger value)
    {
        value = default;
        var i = 0;
        var negative = false;
        if (text.Length > 0 && (text[0] == '+' || text[0] == '-'))
        {
            negative = text[0] == '-';
            i = 1;
        }

        var digits = text[i..];
        if (digits.IsEmpty || !XsdScanning.AllAsciiDigits(digits))
        {
            return false;
        }

        value = FromDigits(digits, negative);
        return true;
    }

    /// <summary>Builds a value from a run of ASCII digits already checked by the caller.</summary>
    internal static XsdInteger FromDigits(ReadOnlySpan<char> digits, bool negative)
    {
        if (digits.Length <= 18)
        {
            long v = 0;
            foreach (var c in digits)
            {
                v = (v * 10) + (c - '0');
            }

            return new XsdInteger(negative ? -v : v);
        }

        var big = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return new XsdInteger(negative ? -big : big);
    }

    public static XsdInteger operator +(XsdInteger a, XsdInteger b)
    {
        if (!a._isBig && !b._isBig)
        {
            var r = a._small + b._small;
            // Overflow happened exactly when both operands have the same sign and the result's sign differs.
            if (((a._small ^ r) & (b._small ^ r)) >= 0)
            {
                return new XsdInteger(r);
            }
        }

        return new XsdInteger(a.AsBigInteger + b.AsBigInteger);
    }

    public static XsdInteger operator -(XsdInteger a, XsdInteger b)
    {
        if (!a._isBig && !b._isBig)
        {
            var r = a._small - b._small;
            if (((a._small ^ b._small) & (a._small ^ r)) >= 0)
            {
                return new XsdInteger(r);
            }
        }

        return new XsdInteger(a.AsBigInteger - b.AsBigInteger);
    }

    public static XsdInteger operator *(XsdInteger a, XsdInteger b)
    {
        if (!a._isBig && !b._isBig)
        {
            var high = Math.BigMul(a._small, b._small, out var low);
            if ((high == 0 && low >= 0) || (high == -1 && low < 0))
            {
                return new XsdInteger(low);
            }
        }

        return new XsdInteger(a.AsBigInteger * b.AsBigInteger);
    }

    public static XsdInteger operator -(XsdInteger a) =>
        !a._isBig && a._small != long.MinValue ? new XsdInteger(-a._small) : new XsdInteger(-a.AsBigInteger);

    public static bool operator ==(XsdInteger a, XsdInteger b) => a.Equals(b);

    public static bool operator !=(XsdInteger a, XsdInteger b) => !a.Equals(b);

    public static bool operator <(XsdInteger a, XsdInteger b) => a.CompareTo(b) < 0;

    public static bool operator >(XsdInteger a, XsdInteger b) => a.CompareTo(b) > 0;

    public static bool operator <=(XsdInteger a, XsdInteger b) => a.CompareTo(b) <= 0;

    public static bool operator >=(XsdInteger a, XsdInteger b) => a.CompareTo(b) >= 0;

    public int CompareTo(XsdInteger other)
    {
        if (!_isBig && !other._isBig)
        {
            return _small.CompareTo(other._small);
        }

        return AsBigInteger.CompareTo(other.AsBigInteger);
    }

    public bool Equals(XsdInteger other) =>
        _isBig == other._isBig && (_isBig ? _big.Equals(other._big) : _small == other._small);

    public override bool Equals(object? obj) => obj is XsdInteger other && Equals(other);

    public override int GetHashCode() => _isBig ? _big.GetHashCode() : _small.GetHashCode();

    public XsdDecimal ToDecimal() => XsdDecimal.FromInteger(this);

    public double ToDouble() => _isBig ? (double)_big : _small;

    /// <summary>Rounds once, straight from the exact value (going through double first could round twice).</summary>
    public float ToSingle() => _isBig ? (float)_big : _small;

    /// <summary>The XSD canonical form: no sign for positives, no leading zeros, "0" for zero.</summary>
    public override string ToString() =>
        _isBig ? _big.ToString(CultureInfo.InvariantCulture) : _small.ToString(CultureInfo.InvariantCulture);
}
