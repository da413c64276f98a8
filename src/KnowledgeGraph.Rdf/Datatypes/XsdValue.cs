using System.Diagnostics.CodeAnalysis;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>
/// A literal's value in its datatype's value space, one sealed record per family:
/// <see cref="XsdStringValue"/>, <see cref="XsdBooleanValue"/>, <see cref="XsdIntegerValue"/>, <see cref="XsdDecimalValue"/>,
/// <see cref="XsdFloatValue"/>, <see cref="XsdDoubleValue"/>, <see cref="XsdDateTimeValue"/>, <see cref="XsdDurationValue"/>
/// and <see cref="XsdBinaryValue"/>. Record equality is identity of (datatype, value); the XPath comparison, where 1 = 1.0
/// and the timezone matters, is <see cref="XsdComparer"/>.
/// </summary>
public abstract record XsdValue
{
    private protected XsdValue()
    {
    }

    /// <summary>The datatype the value was read as (e.g. xsd:int stays xsd:int, not xsd:integer).</summary>
    public abstract XsdDatatype Datatype { get; }

    /// <summary>The canonical lexical form of this value in <see cref="Datatype"/>.</summary>
    public abstract string ToCanonicalString();

    /// <summary>The canonical literal of this value.</summary>
    public Literal ToLiteral() => new(ToCanonicalString(), XsdDatatypes.GetIri(Datatype));

    /// <summary>
    /// Reads a literal's value. False (never an exception) for ill-typed literals, language-tagged strings,
    /// and datatypes outside the registry.
    /// </summary>
    public static bool TryParse(Literal literal, [NotNullWhen(true)] out XsdValue? value)
    {
        ArgumentNullException.ThrowIfNull(literal);
        value = null;
        return literal.Language is null
            && XsdDatatypes.TryGet(literal.Datatype.Value, out var datatype)
            && TryParse(literal.LexicalForm, datatype, out value);
    }

    /// <summary>Reads a lexical form as <paramref name="datatype"/>, after the type's whitespace facet; false when it is not valid.</summary>
    public static bool TryParse(string lexicalForm, XsdDatatype datatype, [NotNullWhen(true)] out XsdValue? value)
    {
        ArgumentNullException.ThrowIfNull(lexicalForm);
        value = null;
        switch (datatype)
        {
            case XsdDatatype.String or XsdDatatype.NormalizedString or XsdDatatype.Token or XsdDatatype.AnyUri or XsdDatatype.Language:
                if (!XsdStrings.IsXmlCharSequence(lexicalForm))
                {
                    return false;
                }

                var processed = XsdWhitespaceRules.Apply(lexicalForm, XsdDatatypes.GetWhitespace(datatype));
                if (datatype == XsdDatatype.Language && !XsdStrings.IsLanguage(processed))
                {
                    return false;
                }

                value = new XsdStringValue(processed, datatype);
                return true;
            case XsdDatatype.Base64Binary:
                if (!XsdStrings.IsXmlCharSequence(lexicalForm) || !XsdBinary.TryParseBase64(XsdWhitespaceRules.Collapse(lexicalForm), out var base64))
                {
                    return false;
                }

                value = new XsdBinaryValue(base64, datatype);
                return true;
        }

        var text = XsdWhitespaceRules.Trim(lexicalForm);
        switch (datatype)
        {
            case XsdDatatype.Boolean when XsdDatatypes.TryParseBoolean(text, out var boolean):
                value = boolean ? XsdBooleanValue.True : XsdBooleanValue.False;
                return true;
            case XsdDatatype.Decimal when XsdDecimal.TryParse(text, out var dec):
                value = new XsdDecimalValue(dec);
                return true;
            case XsdDatatype.Double when XsdFloatingPoint.TryParseDouble(text, out var d):
                value = new XsdDoubleValue(d);
                return true;
            case XsdDatatype.Float when XsdFloatingPoint.TryParseSingle(text, out var f):
                value = new XsdFloatValue(f);
                return true;
            case XsdDatatype.HexBinary when XsdBinary.TryParseHex(text, out var hex):
                value = new XsdBinaryValue(hex, datatype);
                return true;
            case var _ when XsdDatatypes.IsIntegerType(datatype):
                if (XsdInteger.TryParse(text, out var integer) && XsdDatatypes.IsInRange(datatype, integer))
                {
                    value = new XsdIntegerValue(integer, datatype);
                    return true;
                }

                return false;
            case var _ when XsdDateTime.IsDateTimeKind(datatype):
                if (XsdDateTime.TryParse(text, datatype, out var dateTime))
                {
                    value = new XsdDateTimeValue(dateTime);
                    return true;
                }

                return false;
            case var _ when XsdDuration.IsDurationKind(datatype):
                if (XsdDuration.TryParse(text, datatype, out var duration))
                {
                    value = new XsdDurationValue(duration);
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>Reads a lexical form, throwing for invalid ones; for trusted input and tests.</summary>
    /// <exception cref="FormatException">Not a valid lexical form of the type; the message names both.</exception>
    public static XsdValue Parse(string lexicalForm, XsdDatatype datatype) =>
        TryParse(lexicalForm, datatype, out var value)
            ? value
            : throw new FormatException($"\"{lexicalForm}\" is not a valid lexical form of xsd:{XsdDatatypes.GetLocalName(datatype)}.");

    public sealed override string ToString() => $"\"{ToCanonicalString()}\"^^xsd:{XsdDatatypes.GetLocalName(Datatype)}";
}
