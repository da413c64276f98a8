namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>An xsd:decimal value, exact to any number of digits.</summary>
public sealed record XsdDecimalValue(XsdDecimal Value) : XsdValue
{
    public override XsdDatatype Datatype => XsdDatatype.Decimal;

    public override string ToCanonicalString() => Value.ToString();
}
