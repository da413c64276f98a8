namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>An xsd:double value, including INF, -INF, NaN and -0.</summary>
public sealed record XsdDoubleValue(double Value) : XsdValue
{
    public override XsdDatatype Datatype => XsdDatatype.Double;

    public override string ToCanonicalString() => XsdFloatingPoint.FormatDouble(Value);
}
