using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Datatypes;

namespace KnowledgeGraph.Sparql.Expressions;

/// <summary>
/// XSD constructor functions (casts) of section 17.5 per the XPath casting table: from strings by parsing
/// the lexical form, between numeric types by conversion (truncating towards an integer), booleans to and
/// from numbers. A null result is a cast error.
/// </summary>
public static class Casts
{
    public static bool IsCastTarget(string datatypeIri) =>
        XsdDatatypes.TryGet(datatypeIri, out var d)
        && d is XsdDatatype.String or XsdDatatype.Boolean or XsdDatatype.Decimal or XsdDatatype.Float or XsdDatatype.Double
            or XsdDatatype.DateTime or XsdDatatype.Date or XsdDatatype.Time
            || (XsdDatatypes.TryGet(datatypeIri, out d) && XsdDatatypes.IsIntegerType(d));

    public static Term? Cast(Term? arg, string datatypeIri)
    {
        if (arg is null || !XsdDatatypes.TryGet(datatypeIri, out var target))
        {
            return null;
        }

        if (arg is Iri iri)
        {
            return target == XsdDatatype.String ? Literals.String(iri.Value) : null;
        }

        if (arg is not Literal l || l.Language is not null)
        {
            return null;
        }

        if (Literals.IsPlainString(l))
        {
            if (target == XsdDatatype.String)
            {
                return Literals.String(l.LexicalForm);
            }

            return XsdValue.TryParse(l.LexicalForm, target, out var parsed) ? parsed.ToLiteral() : null;
        }

        if (!Numeric.TryGetValue(l, out var value))
        {
            return null;
        }

        if (target == XsdDatatype.String)
        {
            return Literals.String(Literals.CanonicalString(value));
        }

        return FromValue(value, target)?.ToLiteral();
    }

    private static XsdValue? FromValue(XsdValue value, XsdDatatype target)
    {
        switch (target)
        {
            case XsdDatatype.Boolean:
                return value switch
                {
                    XsdBooleanValue b => b,
                    _ when XsdNumeric.IsNumeric(value) => XsdNumeric.ToDouble(value) is var d && (d == 0 || double.IsNaN(d))
                        ? XsdBooleanValue.False
                        : XsdBooleanValue.True,
                    _ => null,
                };
            case XsdDatatype.Double:
                return value switch
                {
                    XsdBooleanValue b => new XsdDoubleValue(b.Value ? 1 : 0),
                    _ when XsdNumeric.IsNumeric(value) => new XsdDoubleValue(XsdNumeric.ToDouble(value)),
                    _ => null,
                };
            case XsdDatatype.Float:
                return value switch
                {
                    XsdBooleanValue b => new XsdFloatValue(b.Value ? 1 : 0),
                    _ when XsdNumeric.IsNumeric(value) => new XsdFloatValue(XsdNumeric.ToSingle(value)),
                    _ => null,
                };
            case XsdDatatype.Decimal:
                return value switch
                {
                    XsdBooleanValue b => new XsdDecimalValue(b.Value ? XsdDecimal.One : XsdDecimal.Zero),
                    XsdIntegerValue or XsdDecimalValue => new XsdDecimalValue(XsdNumeric.ToDecimal(value)),
                    XsdFloatValue f => XsdDecimal.TryFromSingle(f.Value, out var d) ? new XsdDecimalValue(d) : null,
                    XsdDoubleValue f => XsdDecimal.TryFromDouble(f.Value, out var d) ? new XsdDecimalValue(d) : null,
                    _ => null,
                };
            case var _ when XsdDatatypes.IsIntegerType(target):
                XsdInteger? integer = value switch
                {
                    XsdBooleanValue b => new XsdInteger(b.Value ? 1 : 0),
                    XsdIntegerValue i => i.Value,
                    XsdDecimalValue d => new XsdInteger(d.Value.Truncate()),
                    XsdFloatValue f => XsdDecimal.TryFromSingle(f.Value, out var d) ? new XsdInteger(d.Truncate()) : null,
                    XsdDoubleValue f => XsdDecimal.TryFromDouble(f.Value, out var d) ? new XsdInteger(d.Truncate()) : null,
                    _ => null,
                };
                return integer is { } n && XsdDatatypes.IsInRange(target, n) ? new XsdIntegerValue(n, target) : null;
            case XsdDatatype.DateTime:
                return value is XsdDateTimeValue dt && dt.Datatype is XsdDatatype.DateTime or XsdDatatype.DateTimeStamp or XsdDatatype.Date
                    ? Reparse(dt.Datatype == XsdDatatype.Date ? DateToDateTime(dt.ToCanonicalString()) : dt.ToCanonicalString(), target)
                    : null;
            case XsdDatatype.Date:
                return value is XsdDateTimeValue d2 && d2.Datatype is XsdDatatype.DateTime or XsdDatatype.DateTimeStamp or XsdDatatype.Date
                    ? Reparse(d2.Datatype == XsdDatatype.Date ? d2.ToCanonicalString() : DateTimeToDate(d2.ToCanonicalString()), target)
                    : null;
            default:
                return value.Datatype == target ? value : null;
        }
    }

    private static XsdValue? Reparse(string lexical, XsdDatatype target) =>
        XsdValue.TryParse(lexical, target, out var v) ? v : null;

    /// <summary>"2001-10-26T21:32:52+02:00" → "2001-10-26+02:00".</summary>
    private static string DateTimeToDate(string dateTime)
    {
        var t = dateTime.IndexOf('T', StringComparison.Ordinal);
        var rest = dateTime[(t + 1)..];
        var zone = rest.IndexOfAny(['Z', '+', '-']);
        return dateTime[..t] + (zone >= 0 ? rest[zone..] : string.Empty);
    }

    /// <summary>"2001-10-26+02:00" → "2001-10-26T00:00:00+02:00".</summary>
    private static string DateToDateTime(string date)
    {
        var dayEnd = date.Length;
        var start = date.StartsWith('-') ? 1 : 0;
        var dashes = 0;
        for (var i = start; i < date.Length; i++)
        {
            if (date[i] == '-' && ++dashes == 2)
            {
                dayEnd = i + 3;
                break;
            }
        }

        return date[..dayEnd] + "T00:00:00" + date[dayEnd..];
    }
}
