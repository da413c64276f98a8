namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>
/// The XSD datatypes this layer understands: everything SPARQL 1.1 needs for comparisons, casts and
/// arithmetic, plus the string and binary types RDF data commonly uses.
/// </summary>
public enum XsdDatatype : byte
{
    String,
    NormalizedString,
    Token,
    Language,
    AnyUri,
    Boolean,
    Decimal,
    Integer,
    NonPositiveInteger,
    NegativeInteger,
    Long,
    Int,
    Short,
    Byte,
    NonNegativeInteger,
    UnsignedLong,
    UnsignedInt,
    UnsignedShort,
    UnsignedByte,
    PositiveInteger,
    Float,
    Double,
    DateTime,
    DateTimeStamp,
    Date,
    Time,
    GYear,
    GYearMonth,
    GMonth,
    GMonthDay,
    GDay,
    Duration,
    DayTimeDuration,
    YearMonthDuration,
    HexBinary,
    Base64Binary,
}
