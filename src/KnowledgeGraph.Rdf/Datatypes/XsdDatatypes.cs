using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>
/// The datatype registry: IRIs, whitespace facets, value ranges of the derived integer types, and the
/// two questions RDF asks of a lexical form: is it well-typed (<see cref="IsValid"/>) and what is its canonical form
/// (<see cref="TryCanonicalize"/>). Lexical forms are first put through the type's whiteSpace facet, as a schema
/// processor would, so " 42 " is a valid xsd:integer whose canonical form is "42".
/// </summary>
public static class XsdDatatypes
{
    public const string Namespace = "http://www.w3.org/2001/XMLSchema#";

    private static readonly ImmutableArray<string> LocalNames =
    [
        "string", "normalizedString", "token", "language", "anyURI", "boolean", "decimal", "integer",
        "nonPositiveInteger", "negativeInteger", "long", "int", "short", "byte", "nonNegativeInteger",
        "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte", "positiveInteger", "float", "double",
        "dateTime", "dateTimeStamp", "date", "time", "gYear", "gYearMonth", "gMonth", "gMonthDay", "gDay",
        "duration", "dayTimeDuration", "yearMonthDuration", "hexBinary", "base64Binary",
    ];

    private static readonly ImmutableArray<Iri> Iris = [.. LocalNames.Select(name => new Iri(Namespace + name))];

    private static readonly XsdInteger UnsignedLongMax = new(ulong.MaxValue);

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>All datatypes in the registry, in declaration order.</summary>
    public static ImmutableArray<XsdDatatype> All { get; } = [.. Enum.GetValues<XsdDatatype>()];

    public static Iri GetIri(XsdDatatype datatype) => Iris[(int)datatype];

    public static string GetLocalName(XsdDatatype datatype) => LocalNames[(int)datatype];

    /// <summary>
    /// Finds the registry entry for a datatype IRI; false for IRIs outside the XSD namespace or types not covered.
    /// Called for every typed literal, so it matches on spans and does not allocate.
    /// </summary>
    public static bool TryGet(string datatypeIri, out XsdDatatype datatype)
    {
        ArgumentNullException.ThrowIfNull(datatypeIri);
        datatype = default;
        if (!datatypeIri.StartsWith(Namespace, StringComparison.Ordinal))
        {
            return false;
        }

        XsdDatatype? found = datatypeIri.AsSpan(Namespace.Length) switch
        {
            "string" => XsdDatatype.String,
            "normalizedString" => XsdDatatype.NormalizedString,
            "token" => XsdDatatype.Token,
            "language" => XsdDatatype.Language,
            "anyURI" => XsdDatatype.AnyUri,
            "boolean" => XsdDatatype.Boolean,
            "decimal" => XsdDatatype.Decimal,
            "integer" => XsdDatatype.Integer,
            "nonPositiveInteger" => XsdDatatype.NonPositiveInteger,
            "negativeInteger" => XsdDatatype.NegativeInteger,
            "long" => XsdDatatype.Long,
            "int" => XsdDatatype.Int,
            "short" => XsdDatatype.Short,
            "byte" => XsdDatatype.Byte,
            "nonNegativeInteger" => XsdDatatype.NonNegativeInteger,
            "unsignedLong" => XsdDatatype.UnsignedLong,
            "unsignedInt" => XsdDatatype.UnsignedInt,
            "unsignedShort" => XsdDatatype.UnsignedShort,
            "unsignedByte" => XsdDatatype.UnsignedByte,
            "positiveInteger" => XsdDatatype.PositiveInteger,
            "float" => XsdDatatype.Float,
            "double" => XsdDatatype.Double,
            "dateTime" => XsdDatatype.DateTime,
            "dateTimeStamp" => XsdDatatype.DateTimeStamp,
            "date" => XsdDatatype.Date,
            "time" => XsdDatatype.Time,
            "gYear" => XsdDatatype.GYear,
            "gYearMonth" => XsdDatatype.GYearMonth,
            "gMonth" => XsdDatatype.GMonth,
            "gMonthDay" => XsdDatatype.GMonthDay,
            "gDay" => XsdDatatype.GDay,
            "duration" => XsdDatatype.Duration,
            "dayTimeDuration" => XsdDatatype.DayTimeDuration,
            "yearMonthDuration" => XsdDatatype.YearMonthDuration,
            "hexBinary" => XsdDatatype.HexBinary,
            "base64Binary" => XsdDatatype.Base64Binary,
            _ => null,
        };

        datatype = found.GetValueOrDefault();
        return found.HasValue;
    }

    public static bool TryGet(Iri datatypeIri, out XsdDatatype datatype) => TryGet(datatypeIri.Value, out datatype);

    public static XsdWhitespace GetWhitespace(XsdDatatype datatype) => datatype switch
    {
        XsdDatatype.String => XsdWhitespace.Preserve,
        XsdDatatype.NormalizedString => XsdWhitespace.Replace,
        _ => XsdWhitespace.Collapse,
    };

    /// <summary>The primitive type a datatype is derived from (integer types give decimal, dateTimeStamp gives dateTime, and so on).</summary>
    public static XsdDatatype GetPrimitive(XsdDatatype datatype) => datatype switch
    {
        XsdDatatype.NormalizedString or XsdDatatype.Token or XsdDatatype.Language => XsdDatatype.String,
        _ when IsIntegerType(datatype) => XsdDatatype.Decimal,
        XsdDatatype.DateTimeStamp => XsdDatatype.DateTime,
        XsdDatatype.DayTimeDuration or XsdDatatype.YearMonthDuration => XsdDatatype.Duration,
        _ => datatype,
    };

    /// <summary>xsd:integer and every type derived from it.</summary>
    public static bool IsIntegerType(XsdDatatype datatype) => datatype is >= XsdDatatype.Integer and <= XsdDatatype.PositiveInteger;

    /// <summary>The numeric types of XPath: integer (and derived), decimal, float, double.</summary>
    public static bool IsNumeric(XsdDatatype datatype) => datatype is >= XsdDatatype.Decimal and <= XsdDatatype.Double;

    /// <summary>The inclusive value range of an integer type; null bounds are unbounded.</summary>
    public static (XsdInteger? Min, XsdInteger? Max) GetIntegerRange(XsdDatatype datatype) => datatype switch
    {
        XsdDatatype.Integer => (null, null),
        XsdDatatype.NonPositiveInteger => (null, 0),
        XsdDatatype.NegativeInteger => (null, -1),
        XsdDatatype.Long => (long.MinValue, long.MaxValue),
        XsdDatatype.Int => (int.MinValue, int.MaxValue),
        XsdDatatype.Short => (short.MinValue, short.MaxValue),
        XsdDatatype.Byte => (sbyte.MinValue, sbyte.MaxValue),
        XsdDatatype.NonNegativeInteger => (0, null),
        XsdDatatype.UnsignedLong => (0, UnsignedLongMax),
        XsdDatatype.UnsignedInt => (0, uint.MaxValue),
        XsdDatatype.UnsignedShort => (0, ushort.MaxValue),
        XsdDatatype.UnsignedByte => (0, byte.MaxValue),
        XsdDatatype.PositiveInteger => (1, null),
        _ => throw new ArgumentOutOfRangeException(nameof(datatype), datatype, "Not an integer datatype."),
    };

    /// <summary>True when <paramref name="value"/> lies in the value space of the integer type <paramref name="datatype"/>.</summary>
    public static bool IsInRange(XsdDatatype datatype, XsdInteger value) => datatype switch
    {
        // Checked on every parse, so signs and long bounds are tested directly rather than through GetIntegerRange.
        XsdDatatype.Integer => true,
        XsdDatatype.NonPositiveInteger => value.Sign <= 0,
        XsdDatatype.NegativeInteger => value.Sign < 0,
        XsdDatatype.NonNegativeInteger => value.Sign >= 0,
        XsdDatatype.PositiveInteger => value.Sign > 0,
        XsdDatatype.UnsignedLong => value.Sign >= 0 && value <= UnsignedLongMax,
        XsdDatatype.Long => value.FitsInLong,
        XsdDatatype.Int => value.FitsInLong && value.AsLong is >= int.MinValue and <= int.MaxValue,
        XsdDatatype.Short => value.FitsInLong && value.AsLong is >= short.MinValue and <= short.MaxValue,
        XsdDatatype.Byte => value.FitsInLong && value.AsLong is >= sbyte.MinValue and <= sbyte.MaxValue,
        XsdDatatype.UnsignedInt => value.FitsInLong && value.AsLong is >= 0 and <= uint.MaxValue,
        XsdDatatype.UnsignedShort => value.FitsInLong && value.AsLong is >= 0 and <= ushort.MaxValue,
        XsdDatatype.UnsignedByte => value.FitsInLong && value.AsLong is >= 0 and <= byte.MaxValue,
        _ => throw new ArgumentOutOfRangeException(nameof(datatype), datatype, "Not an integer datatype."),
    };

    /// <summary>
    /// True when the lexical form, after the type's whitespace facet, is in the type's XSD 1.1 lexical space
    /// (and, for derived types, its value satisfies the type's facets). Does not allocate for numbers, booleans,
    /// dates and durations without whitespace.
    /// </summary>
    public static bool IsValid(XsdDatatype datatype, string lexicalForm)
    {
        ArgumentNullException.ThrowIfNull(lexicalForm);
        switch (datatype)
        {
            case XsdDatatype.String:
            case XsdDatatype.NormalizedString:
            case XsdDatatype.Token:
            case XsdDatatype.AnyUri:
                // Each of these is "any sequence of XML characters" once the whitespace facet has run.
                return XsdStrings.IsXmlCharSequence(lexicalForm);
            case XsdDatatype.Language:
                return XsdStrings.IsXmlCharSequence(lexicalForm) && XsdStrings.IsLanguage(XsdWhitespaceRules.Trim(lexicalForm));
            case XsdDatatype.Base64Binary:
                return XsdStrings.IsXmlCharSequence(lexicalForm) && XsdBinary.TryParseBase64(XsdWhitespaceRules.Collapse(lexicalForm), out _);
        }

        var text = XsdWhitespaceRules.Trim(lexicalForm);
        return datatype switch
        {
            XsdDatatype.Boolean => TryParseBoolean(text, out _),
            XsdDatatype.Decimal => XsdDecimal.TryParse(text, out _),
            XsdDatatype.Float or XsdDatatype.Double => XsdFloatingPoint.IsValidLexical(text),
            XsdDatatype.HexBinary => text.Length % 2 == 0 && text.ContainsAnyExcept(HexDigits) is false,
            _ when IsIntegerType(datatype) => XsdInteger.TryParse(text, out var integer) && IsInRange(datatype, integer),
            _ when XsdDateTime.IsDateTimeKind(datatype) => XsdDateTime.TryParse(text, datatype, out _),
            _ when XsdDuration.IsDurationKind(datatype) => XsdDuration.TryParse(text, datatype, out _),
            _ => false,
        };
    }

    /// <summary>IsValid for a literal: false for language-tagged strings and for datatypes outside the registry.</summary>
    public static bool IsValid(Literal literal)
    {
        ArgumentNullException.ThrowIfNull(literal);
        return literal.Language is null && TryGet(literal.Datatype.Value, out var datatype) && IsValid(datatype, literal.LexicalForm);
    }

    /// <summary>The canonical lexical form of a valid lexical form; false when it is not valid for the type.</summary>
    public static bool TryCanonicalize(XsdDatatype datatype, string lexicalForm, [NotNullWhen(true)] out string? canonical)
    {
        if (XsdValue.TryParse(lexicalForm, datatype, out var value))
        {
            canonical = value.ToCanonicalString();
            return true;
        }

        canonical = null;
        return false;
    }

    /// <summary>The canonical lexical form of a valid lexical form.</summary>
    /// <exception cref="FormatException">The lexical form is not valid for the type; the message names both.</exception>
    public static string Canonicalize(XsdDatatype datatype, string lexicalForm) =>
        TryCanonicalize(datatype, lexicalForm, out var canonical)
            ? canonical
            : throw new FormatException($"\"{lexicalForm}\" is not a valid lexical form of xsd:{GetLocalName(datatype)}.");

    /// <summary>xsd:boolean: "true", "false", "1", "0" (no whitespace: callers trim first).</summary>
    public static bool TryParseBoolean(ReadOnlySpan<char> text, out bool value)
    {
        switch (text)
        {
            case "true" or "1":
                value = true;
                return true;
            case "false" or "0":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }
}
