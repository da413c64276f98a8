namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>An xsd:float value (IEEE single precision), including INF, -INF, NaN and -0.</summary>
public sealed record XsdFloatValue(float Value) : XsdValue
{
    public override XsdDatatype Datatype => XsdDatatype.Float;

    public override string ToCanonicalString() => XsdFloatingPoint.FormatSingle(Value);
}
