using System.Globalization;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Data;

/// <summary>
/// Which literals a range restriction is about: those a SPARQL comparison with a constant of this kind can accept
/// (the others compare as a type error, which a FILTER treats as false).
/// </summary>
public enum RangeSpace
{
    /// <summary>Every numeric datatype (integer, decimal, float, double and the derived integer types).</summary>
    Numeric,

    /// <summary>Simple literals and the xsd string types (not language-tagged strings).</summary>
    String,

    /// <summary>xsd:date, compared on the timeline (with or without a timezone).</summary>
    Date,

    /// <summary>xsd:dateTime and xsd:dateTimeStamp, compared on the timeline.</summary>
    DateTime,

    /// <summary>xsd:date, xsd:dateTime and xsd:dateTimeStamp by their local value, timezone ignored (what YEAR() reads).</summary>
    LocalDateOrDateTime,
}

/// <summary>
/// A restriction of a pattern's object to the values between two bounds (either may be missing), taken from a
/// FILTER. A source answering it may return more quads than the bounds admit (the FILTER is kept and decides),
/// never fewer: every object the FILTER could accept must be among them. The bounds are literals of
/// <see cref="Space"/>.
/// </summary>
public sealed record ObjectRange(RangeSpace Space, Literal? Low, bool LowInclusive, Literal? High, bool HighInclusive)
{
    public override string ToString()
    {
        var low = Low is null ? "(" : (LowInclusive ? "[" : "(") + Low;
        var high = High is null ? ")" : High + (HighInclusive ? "]" : ")");
        return string.Create(CultureInfo.InvariantCulture, $"{Space} {low}, {high}");
    }
}
