using System.Globalization;
using System.Numerics;
using System.Text;

namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>
/// A duration in XSD 1.1's value space: a whole number of months and an exact decimal number of seconds,
/// both of the same sign. Days, hours and minutes are folded into seconds, years into months, so P1D equals PT24H.
/// </summary>
public readonly struct XsdDuration : IEquatable<XsdDuration>
{
    /// <summary>Largest |months| accepted: as many years as <see cref="XsdCalendar.MaxAbsoluteYear"/>, so durations can be added to dates.</summary>
    public const long MaxAbsoluteMonths = XsdCalendar.MaxAbsoluteYear * 12;

    /// <exception cref="ArgumentException">
    /// The kind is not a duration type, months and seconds differ in sign, a dayTimeDuration has months,
    /// a yearMonthDuration has seconds, or |months| exceeds <see cref="MaxAbsoluteMonths"/>.
    /// </exception>
    public XsdDuration(XsdDatatype kind, long months, XsdDecimal seconds)
    {
        if (!IsDurationKind(kind))
        {
            throw new ArgumentException($"xsd:{XsdDatatypes.GetLocalName(kind)} is not a duration type.", nameof(kind));
        }

        if (Math.Sign(months) * seconds.Sign < 0)
        {
            throw new ArgumentException("A duration's months and seconds must have the same sign.", nameof(seconds));
        }

        if ((kind == XsdDatatype.DayTimeDuration && months != 0) || (kind == XsdDatatype.YearMonthDuration && seconds.Sign != 0))
        {
            throw new ArgumentException($"An xsd:{XsdDatatypes.GetLocalName(kind)} cannot hold {(months != 0 ? "months" : "seconds")}.", nameof(kind));
        }

        if (months > MaxAbsoluteMonths || months < -MaxAbsoluteMonths)
        {
            throw new ArgumentException($"|months| must not exceed {MaxAbsoluteMonths}.", nameof(months));
        }

        Kind = kind;
        Months = months;
        Seconds = seconds;
    }

    /// <summary>duration, dayTimeDuration or yearMonthDuration.</summary>
    public XsdDatatype Kind { get; }

    public long Months { get; }

    public XsdDecimal Seconds { get; }

    public int Sign => Months != 0 ? Math.Sign(Months) : Seconds.Sign;

    public static bool IsDurationKind(XsdDatatype kind) =>
        kind is XsdDatatype.Duration or XsdDatatype.DayTimeDuration or XsdDatatype.YearMonthDuration;

    /// <summary>
    /// Parses <c>-?P(nY)?(nM)?(nD)?(T(nH)?(nM)?(n(.n+)?S)?)?</c> with at least one component and none after an empty T;
    /// dayTimeDuration refuses Y and M, yearMonthDuration refuses D and the time part (no whitespace: callers trim first).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, XsdDatatype kind, out XsdDuration value)
    {
        value = default;
        var i = 0;
        var negative = false;
        if (i < text.Length && text[i] == '-')
        {
            negative = true;
            i++;
        }

        if (i >= text.Length || text[i] != 'P')
        {
            return false;
        }

        i++;
        var months = XsdInteger.Zero;
        var seconds = XsdDecimal.Zero;
        var components = 0;
        var inTime = false;
        var hasYearOrMonth = false;
        var hasDayOrTime = false;
        // Designators must come in this order: Y M D before T, H M S after it; each at most once.
        const string dateOrder = "YMD";
        const string timeOrder = "HMS";
        var nextDesignator = 0;

        while (i < text.Length)
        {
            if (text[i] == 'T')
            {
                if (inTime)
                {
                    return false;
                }

                inTime = true;
                nextDesignator = 0;
                i++;
                if (i == text.Length)
                {
                    return false; // "T" needs at least one time component after it
                }

                continue;
            }

            var digitCount = XsdScanning.CountDigits(text, i);
            if (digitCount == 0)
            {
                return false;
            }

            var digits = text.Slice(i, digitCount);
            i += digitCount;
            var fraction = ReadOnlySpan<char>.Empty;
            if (inTime && i < text.Length && text[i] == '.')
            {
                var fractionCount = XsdScanning.CountDigits(text, i + 1);
                if (fractionCount == 0)
                {
                    return false;
                }

                fraction = text.Slice(i + 1, fractionCount);
                i += 1 + fractionCount;
                if (i >= text.Length || text[i] != 'S')
                {
                    return false; // only seconds may have a fraction
                }
            }

            if (i >= text.Length)
            {
                return false;
            }

            var order = inTime ? timeOrder : dateOrder;
            var designator = order.IndexOf(text[i], nextDesignator);
            if (designator < 0)
            {
                return false;
            }

            nextDesignator = designator + 1;
            i++;
            components++;
            if (!inTime && designator < 2)
            {
                hasYearOrMonth = true;
            }
            else
            {
                hasDayOrTime = true;
            }

            var amount = XsdInteger.FromDigits(digits, negative: false);
            switch (inTime, text[i - 1])
            {
                case (false, 'Y'):
                    months += amount * 12;
                    break;
                case (false, 'M'):
                    months += amount;
                    break;
                case (false, 'D'):
                    seconds += XsdDecimal.FromInteger(amount * 86_400);
                    break;
                case (true, 'H'):
                    seconds += XsdDecimal.FromInteger(amount * 3600);
                    break;
                case (true, 'M'):
                    seconds += XsdDecimal.FromInteger(amount * 60);
                    break;
                default:
                    seconds += XsdDecimal.FromDigitParts(digits, fraction, negative: false);
                    break;
            }
        }

        if (components == 0)
        {
            return false;
        }

        if ((kind == XsdDatatype.DayTimeDuration && hasYearOrMonth) || (kind == XsdDatatype.YearMonthDuration && hasDayOrTime))
        {
            return false;
        }

        if (months > MaxAbsoluteMonths)
        {
            return false;
        }

        var m = months.AsLong;
        value = new XsdDuration(kind, negative ? -m : m, negative ? -seconds : seconds);
        return true;
    }

    /// <summary>
    /// The XSD 1.1 canonical form: years and months from the months, days, hours, minutes and seconds from the seconds,
    /// zero components left out; "PT0S" for a zero duration (or "P0M" for a zero yearMonthDuration).
    /// </summary>
    public override string ToString()
    {
        if (Months == 0 && Seconds.Sign == 0)
        {
            return Kind == XsdDatatype.YearMonthDuration ? "P0M" : "PT0S";
        }

        var builder = new StringBuilder(32);
        if (Sign < 0)
        {
            builder.Append('-');
        }

        builder.Append('P');
        var months = Math.Abs(Months);
        if (months / 12 != 0)
        {
            builder.Append((months / 12).ToString(CultureInfo.InvariantCulture)).Append('Y');
        }

        if (months % 12 != 0)
        {
            builder.Append((months % 12).ToString(CultureInfo.InvariantCulture)).Append('M');
        }

        if (Seconds.Sign != 0)
        {
            var abs = Seconds.Sign < 0 ? -Seconds : Seconds;
            var whole = abs.Truncate();
            var fraction = abs - XsdDecimal.Create(whole, 0);
            var days = BigInteger.DivRem(whole, 86_400, out var rest);
            var hours = BigInteger.DivRem(rest, 3600, out rest);
            var minutes = BigInteger.DivRem(rest, 60, out rest);
            var secs = XsdDecimal.Create(rest, 0) + fraction;
            if (!days.IsZero)
            {
                builder.Append(days.ToString(CultureInfo.InvariantCulture)).Append('D');
            }

            if (!hours.IsZero || !minutes.IsZero || secs.Sign != 0)
            {
                builder.Append('T');
                if (!hours.IsZero)
                {
                    builder.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('H');
                }

                if (!minutes.IsZero)
                {
                    builder.Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('M');
                }

                if (secs.Sign != 0)
                {
                    builder.Append(secs.ToMinimalString()).Append('S');
                }
            }
        }

        return builder.ToString();
    }

    public bool Equals(XsdDuration other) => Kind == other.Kind && Months == other.Months && Seconds.Equals(other.Seconds);

    public override bool Equals(object? obj) => obj is XsdDuration other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, Months, Seconds);
}
