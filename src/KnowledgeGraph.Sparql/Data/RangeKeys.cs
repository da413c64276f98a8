using KnowledgeGraph.Rdf.Datatypes;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Data;

/// <summary>
/// A sort key of a literal within a <see cref="RangeSpace"/>, and the key interval that a range's bounds admit. The
/// keys order values weakly (numbers as doubles, which rounding keeps monotone; date/times by local time, which a
/// timezone moves by at most 14 hours), so an interval is widened to a superset: inclusive ends, and
/// <see cref="TimezoneSlackSeconds"/> either side for date/times.
/// </summary>
public static class RangeKeys
{
    /// <summary>Two days: a timezone moves an instant at most 14 hours, a comparison with one missing tries +-14 hours more.</summary>
    public const double TimezoneSlackSeconds = 2 * 86_400;

    /// <summary>The key of a literal that a comparison in <paramref name="space"/> can accept; false for any other term.</summary>
    public static bool TryKey(Term term, RangeSpace space, out RangeKey key)
    {
        key = default;
        if (term is not Literal literal)
        {
            return false;
        }

        if (space == RangeSpace.String && Literals.IsPlainString(literal))
        {
            key = new RangeKey(0, literal.LexicalForm);
            return true;
        }

        if (!XsdValue.TryParse(literal, out var value))
        {
            return false;
        }

        switch (space, value)
        {
            case (RangeSpace.Numeric, _) when XsdNumeric.IsNumeric(value):
                {
                    var number = XsdNumeric.ToDouble(value);
                    key = new RangeKey(number, null);
                    return !double.IsNaN(number);
                }

            case (RangeSpace.String, XsdStringValue s):
                key = new RangeKey(0, s.Value);
                return true;
            case (RangeSpace.Date or RangeSpace.DateTime or RangeSpace.LocalDateOrDateTime, XsdDateTimeValue { Value: var d }) when InSpace(d.Kind, space):
                key = new RangeKey(LocalSeconds(d), null);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The inclusive key interval holding every value the range can accept (null: unbounded on that side).</summary>
    public static (RangeKey? Low, RangeKey? High) Bounds(ObjectRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        var slack = range.Space is RangeSpace.Date or RangeSpace.DateTime or RangeSpace.LocalDateOrDateTime ? TimezoneSlackSeconds : 0;
        return (Bound(range.Low, -slack), Bound(range.High, slack));

        RangeKey? Bound(Literal? literal, double widen) =>
            literal is null || !TryKey(literal, range.Space, out var k) ? null : k with { Number = k.Number + widen };
    }

    /// <summary>Local seconds since 1970 of a date/time's components, its timezone ignored.</summary>
    public static double LocalSeconds(XsdDateTime d) =>
        (XsdCalendar.DaysFromCivil(d.Year, d.Month, d.Day) * 86_400.0) + (d.Hour * 3600) + (d.Minute * 60) + d.Second;

    private static bool InSpace(XsdDatatype kind, RangeSpace space) => space switch
    {
        RangeSpace.Date => kind == XsdDatatype.Date,
        RangeSpace.DateTime => kind is XsdDatatype.DateTime or XsdDatatype.DateTimeStamp,
        _ => kind is XsdDatatype.Date or XsdDatatype.DateTime or XsdDatatype.DateTimeStamp,
    };
}

/// <summary>A literal's position in a <see cref="RangeSpace"/>: a number (numerics, date/times) or a string (code point order).</summary>
public readonly record struct RangeKey(double Number, string? Text) : IComparable<RangeKey>
{
    public int CompareTo(RangeKey other) =>
        Text is not null && other.Text is not null ? XsdStrings.CompareCodePoints(Text, other.Text) : Number.CompareTo(other.Number);
}
