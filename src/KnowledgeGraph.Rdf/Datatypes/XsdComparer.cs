using System.Collections.Immutable;

namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>
/// Comparison as XPath 2.0 / XSD 1.1 define it, the basis of SPARQL's FILTER operators:
/// numbers compare by value across integer, decimal, float and double (promoting to the wider type);
/// strings by code point; booleans false &lt; true; date/time values of the same primitive type on the timeline, with
/// XSD's partial order when only one side has a timezone; durations by XSD's four-reference-dates rule.
/// </summary>
public static class XsdComparer
{
    /// <summary>XSD 1.1's reference starting points for comparing durations (appendix on the duration order).</summary>
    private static readonly ImmutableArray<(long Year, int Month)> DurationReferences = [(1696, 9), (1697, 2), (1903, 3), (1903, 7)];

    public static XsdOrder Compare(XsdValue left, XsdValue right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return (left, right) switch
        {
            _ when XsdDatatypes.IsNumeric(left.Datatype) && XsdDatatypes.IsNumeric(right.Datatype) => CompareNumeric(left, right),
            (XsdStringValue a, XsdStringValue b) => FromSign(XsdStrings.CompareCodePoints(a.Value, b.Value)),
            (XsdBooleanValue a, XsdBooleanValue b) => FromSign(a.Value.CompareTo(b.Value)),
            (XsdDateTimeValue a, XsdDateTimeValue b) => Compare(a.Value, b.Value),
            (XsdDurationValue a, XsdDurationValue b) => Compare(a.Value, b.Value),
            (XsdBinaryValue a, XsdBinaryValue b) when a.Datatype == b.Datatype => FromSign(a.Bytes.SequenceCompareTo(b.Bytes)),
            _ => XsdOrder.Incomparable,
        };
    }

    /// <summary>XPath value equality (op:numeric-equal and friends): true only for <see cref="XsdOrder.Equal"/>.</summary>
    public static bool ValueEquals(XsdValue left, XsdValue right) => Compare(left, right) == XsdOrder.Equal;

    /// <summary>
    /// Date/time comparison. Values of different primitive types (date vs dateTime, gYear vs gYearMonth) are incomparable;
    /// dateTimeStamp counts as dateTime. With both or neither timezone the instants are compared (local times as if UTC);
    /// with one, the other is tried at +14:00 and -14:00, and only an answer both agree on counts.
    /// </summary>
    public static XsdOrder Compare(XsdDateTime left, XsdDateTime right)
    {
        if (XsdDatatypes.GetPrimitive(left.Kind) != XsdDatatypes.GetPrimitive(right.Kind))
        {
            return XsdOrder.Incomparable;
        }

        if (left.HasTimezone == right.HasTimezone)
        {
            return CompareInstants(left.UtcSeconds, left.FractionalSecond, right.UtcSeconds, right.FractionalSecond);
        }

        if (!left.HasTimezone)
        {
            return Invert(Compare(right, left));
        }

        // left has a timezone, right has none: right's earliest instant is its local time at +14:00, its latest at -14:00.
        const long fourteenHours = 14 * 3600;
        var rightLocal = right.LocalSeconds;
        if (CompareInstants(left.UtcSeconds, left.FractionalSecond, rightLocal - fourteenHours, right.FractionalSecond) == XsdOrder.Less)
        {
            return XsdOrder.Less;
        }

        if (CompareInstants(left.UtcSeconds, left.FractionalSecond, rightLocal + fourteenHours, right.FractionalSecond) == XsdOrder.Greater)
        {
            return XsdOrder.Greater;
        }

        return XsdOrder.Indeterminate;
    }

    /// <summary>
    /// Duration comparison: equal months and seconds are Equal; otherwise both durations are added to each of XSD's
    /// four reference dateTimes and the order counts only if all four agree (so P1M vs P30D is indeterminate, P1M &lt; P32D).
    /// </summary>
    public static XsdOrder Compare(XsdDuration left, XsdDuration right)
    {
        if (left.Months == right.Months)
        {
            return FromSign(left.Seconds.CompareTo(right.Seconds));
        }

        XsdOrder? agreed = null;
        foreach (var (year, month) in DurationReferences)
        {
            var order = FromSign(EndOf(year, month, left).CompareTo(EndOf(year, month, right)));
            if (agreed is { } previous && previous != order)
            {
                return XsdOrder.Indeterminate;
            }

            agreed = order;
        }

        return agreed!.Value;

        static XsdDecimal EndOf(long year, int month, XsdDuration duration)
        {
            var (y, m) = XsdCalendar.AddMonths(year, month, duration.Months);
            return XsdDecimal.FromInteger(XsdCalendar.DaysFromCivil(y, m, 1) * 86_400) + duration.Seconds;
        }
    }

    private static XsdOrder CompareNumeric(XsdValue left, XsdValue right)
    {
        var rank = Math.Max(XsdNumeric.Rank(left), XsdNumeric.Rank(right));
        switch (rank)
        {
            case XsdNumeric.IntegerRank:
                return FromSign(((XsdIntegerValue)left).Value.CompareTo(((XsdIntegerValue)right).Value));
            case XsdNumeric.DecimalRank:
                return FromSign(XsdNumeric.ToDecimal(left).CompareTo(XsdNumeric.ToDecimal(right)));
            case XsdNumeric.FloatRank:
                return CompareFloating(XsdNumeric.ToSingle(left), XsdNumeric.ToSingle(right));
            default:
                return CompareFloating(XsdNumeric.ToDouble(left), XsdNumeric.ToDouble(right));
        }
    }

    private static XsdOrder CompareFloating(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return XsdOrder.Indeterminate;
        }

        // IEEE comparison: -0 == +0.
        return a < b ? XsdOrder.Less : a > b ? XsdOrder.Greater : XsdOrder.Equal;
    }

    private static XsdOrder CompareInstants(long leftSeconds, XsdDecimal leftFraction, long rightSeconds, XsdDecimal rightFraction)
    {
        var c = leftSeconds.CompareTo(rightSeconds);
        return FromSign(c != 0 ? c : leftFraction.CompareTo(rightFraction));
    }

    private static XsdOrder Invert(XsdOrder order) => order switch
    {
        XsdOrder.Less => XsdOrder.Greater,
        XsdOrder.Greater => XsdOrder.Less,
        _ => order,
    };

    private static XsdOrder FromSign(int sign) => sign < 0 ? XsdOrder.Less : sign > 0 ? XsdOrder.Greater : XsdOrder.Equal;
}
