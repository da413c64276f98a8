namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>An xsd:boolean value; the two instances are shared.</summary>
public sealed record XsdBooleanValue(bool Value) : XsdValue
{
    public static readonly XsdBooleanValue True = new(true);
    public static readonly XsdBooleanValue False = new(false);

    public override XsdDatatype Datatype => XsdDatatype.Boolean;

    public override string ToCanonicalString() => Value ? "true" : "false";
}
