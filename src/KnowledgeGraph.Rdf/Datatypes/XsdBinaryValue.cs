namespace KnowledgeGraph.Rdf.Datatypes;

/// <summary>A value of xsd:hexBinary or xsd:base64Binary: the octets, compared by content.</summary>
public sealed record XsdBinaryValue : XsdValue
{
    private readonly byte[] _bytes;

    public XsdBinaryValue(byte[] bytes, XsdDatatype datatype)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (datatype is not (XsdDatatype.HexBinary or XsdDatatype.Base64Binary))
        {
            throw new ArgumentOutOfRangeException(nameof(datatype), datatype, "Not a binary datatype.");
        }

        _bytes = bytes;
        Datatype = datatype;
    }

    public ReadOnlySpan<byte> Bytes => _bytes;

    public override XsdDatatype Datatype { get; }

    public override string ToCanonicalString() =>
        Datatype == XsdDatatype.HexBinary ? XsdBinary.FormatHex(_bytes) : XsdBinary.FormatBase64(_bytes);

    public bool Equals(XsdBinaryValue? other) =>
        other is not null && Datatype == other.Datatype && _bytes.AsSpan().SequenceEqual(other._bytes);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Datatype);
        hash.AddBytes(_bytes);
        return hash.ToHashCode();
    }
}
