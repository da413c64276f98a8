namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>A value of one of the date/time types; <see cref="XsdDateTime.Kind"/> says which.</summary>
public sealed record XsdDateTimeValue(XsdDateTime Value) : XsdValue
{
    public override XsdDatatype Datatype => Value.Kind;

    public override string ToCanonicalString() => Value.ToString();
}
