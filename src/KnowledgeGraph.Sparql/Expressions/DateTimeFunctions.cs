using System.Globalization;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Datatypes;
using XsdIris = KnowledgeGraph.Rdf.Vocabulary.Xsd;

namespace KnowledgeGraph.Sparql.Expressions;

/// <summary>YEAR, MONTH, DAY, HOURS, MINUTES, SECONDS, TIMEZONE and TZ of section 17.4.5 on xsd:dateTime (and xsd:date where it makes sense).</summary>
public static class DateTimeFunctions
{
    public static Term? Year(Term? arg) => Get(arg, d => Literals.Integer(d.Year));

    public static Term? Month(Term? arg) => Get(arg, d => Literals.Integer(d.Month));

    public static Term? Day(Term? arg) => Get(arg, d => Literals.Integer(d.Day));

    public static Term? Hours(Term? arg) => GetTime(arg, d => Literals.Integer(d.Hour));

    public static Term? Minutes(Term? arg) => GetTime(arg, d => Literals.Integer(d.Minute));

    public static Term? Seconds(Term? arg) =>
        GetTime(arg, d => new XsdDecimalValue(XsdDecimal.FromInteger(d.Second) + d.FractionalSecond).ToLiteral());

    /// <summary>TIMEZONE: the offset as an xsd:dayTimeDuration; an error when the value has no timezone.</summary>
    public static Term? Timezone(Term? arg) => Get(arg, d =>
    {
        if (d.TimezoneOffsetMinutes is not { } minutes)
        {
            return null;
        }

        if (minutes == 0)
        {
            return new Literal("PT0S", XsdIris.DayTimeDuration);
        }

        var abs = Math.Abs(minutes);
        var text = (minutes < 0 ? "-" : string.Empty) + "PT"
            + (abs / 60 > 0 ? (abs / 60).ToString(CultureInfo.InvariantCulture) + "H" : string.Empty)
            + (abs % 60 > 0 ? (abs % 60).ToString(CultureInfo.InvariantCulture) + "M" : string.Empty);
        return new Literal(text, XsdIris.DayTimeDuration);
    });

    /// <summary>TZ: the timezone as written in canonical form ("Z", "-05:00"), or "" when there is none.</summary>
    public static Term? Tz(Term? arg) => Get(arg, d =>
    {
        if (d.TimezoneOffsetMinutes is not { } minutes)
        {
            return Literals.EmptyString;
        }

        if (minutes == 0)
        {
            return Literals.String("Z");
        }

        var abs = Math.Abs(minutes);
        return Literals.String(string.Create(
            CultureInfo.InvariantCulture,
            $"{(minutes < 0 ? '-' : '+')}{abs / 60:00}:{abs % 60:00}"));
    });

    private static Term? Get(Term? arg, Func<XsdDateTime, Term?> read) =>
        Numeric.TryGetValue(arg, out var v) && v is XsdDateTimeValue { Value: var d }
            && d.Kind is XsdDatatype.DateTime or XsdDatatype.DateTimeStamp or XsdDatatype.Date
            ? read(d)
            : null;

    private static Term? GetTime(Term? arg, Func<XsdDateTime, Term?> read) =>
        Numeric.TryGetValue(arg, out var v) && v is XsdDateTimeValue { Value: var d }
            && d.Kind is XsdDatatype.DateTime or XsdDatatype.DateTimeStamp or XsdDatatype.Time
            ? read(d)
            : null;
}
