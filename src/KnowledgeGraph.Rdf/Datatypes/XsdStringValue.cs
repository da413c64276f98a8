namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>A value of xsd:string or a type derived from it, or of xsd:anyURI (which XPath compares as a string).</summary>
public sealed record XsdStringValue : XsdValue
{
    public XsdStringValue(string value, XsdDatatype datatype)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (datatype is not (XsdDatatype.String or XsdDatatype.NormalizedString or XsdDatatype.Token or XsdDatatype.Language or XsdDatatype.AnyUri))
        {
            throw new ArgumentOutOfRangeException(nameof(datatype), datatype, "Not a string datatype.");
        }

        Value = value;
        Datatype = datatype;
    }

    /// <summary>The string after the whitespace facet.</summary>
    public string Value { get; }

    public override XsdDatatype Datatype { get; }

    public override string ToCanonicalString() => Value;

    public bool Equals(XsdStringValue? other) =>
        other is not null && Datatype == other.Datatype && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Datatype, Value.GetHashCode(StringComparison.Ordinal));
}
