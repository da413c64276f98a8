namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>A value of xsd:integer or one of its derived types; the constructor enforces the type's range.</summary>
public sealed record XsdIntegerValue : XsdValue
{
    public XsdIntegerValue(XsdInteger value, XsdDatatype datatype = XsdDatatype.Integer)
    {
        if (!XsdDatatypes.IsIntegerType(datatype))
        {
            throw new ArgumentOutOfRangeException(nameof(datatype), datatype, "Not an integer datatype.");
        }

        if (!XsdDatatypes.IsInRange(datatype, value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value.ToString(), $"Outside the range of xsd:{XsdDatatypes.GetLocalName(datatype)}.");
        }

        Value = value;
        Datatype = datatype;
    }

    public XsdInteger Value { get; }

    public override XsdDatatype Datatype { get; }

    public override string ToCanonicalString() => Value.ToString();
}
