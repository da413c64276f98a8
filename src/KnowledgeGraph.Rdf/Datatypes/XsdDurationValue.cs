namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>A value of xsd:duration, xsd:dayTimeDuration or xsd:yearMonthDuration.</summary>
public sealed record XsdDurationValue(XsdDuration Value) : XsdValue
{
    public override XsdDatatype Datatype => Value.Kind;

    public override string ToCanonicalString() => Value.ToString();
}
