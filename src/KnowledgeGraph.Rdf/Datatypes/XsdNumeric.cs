namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>XPath numeric type promotion: integer (and derived) → decimal → float → double.</summary>
public static class XsdNumeric
{
    public const int IntegerRank = 0;
    public const int DecimalRank = 1;
    public const int FloatRank = 2;
    public const int DoubleRank = 3;

    public static bool IsNumeric(XsdValue value) => XsdDatatypes.IsNumeric(value.Datatype);

    /// <summary>Where a numeric value stands in the promotion order.</summary>
    /// <exception cref="ArgumentException">The value is not numeric.</exception>
    public static int Rank(XsdValue value) => value switch
    {
        XsdIntegerValue => IntegerRank,
        XsdDecimalValue => DecimalRank,
        XsdFloatValue => FloatRank,
        XsdDoubleValue => DoubleRank,
        _ => throw new ArgumentException($"{value} is not numeric.", nameof(value)),
    };

    /// <summary>An integer or decimal as an exact decimal.</summary>
    public static XsdDecimal ToDecimal(XsdValue value) => value switch
    {
        XsdIntegerValue i => i.Value.ToDecimal(),
        XsdDecimalValue d => d.Value,
        _ => throw new ArgumentException($"{value} is not an integer or decimal.", nameof(value)),
    };

    /// <summary>Any numeric value promoted to float (rounded once from the exact value).</summary>
    public static float ToSingle(XsdValue value) => value switch
    {
        XsdIntegerValue i => i.Value.ToSingle(),
        XsdDecimalValue d => d.Value.ToSingle(),
        XsdFloatValue f => f.Value,
        XsdDoubleValue d => (float)d.Value,
        _ => throw new ArgumentException($"{value} is not numeric.", nameof(value)),
    };

    /// <summary>Any numeric value promoted to double (float widens exactly).</summary>
    public static double ToDouble(XsdValue value) => value switch
    {
        XsdIntegerValue i => i.Value.ToDouble(),
        XsdDecimalValue d => d.Value.ToDouble(),
        XsdFloatValue f => f.Value,
        XsdDoubleValue d => d.Value,
        _ => throw new ArgumentException($"{value} is not numeric.", nameof(value)),
    };
}
