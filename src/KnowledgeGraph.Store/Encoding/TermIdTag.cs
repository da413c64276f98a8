namespace KnowledgeGraph.Store.Encoding;

/// <summary>
/// The top four bits of a <see cref="TermId"/>: what the other 60 bits (the payload) mean.
/// Dictionary tags come first so that dictionary ids stay small numbers once the tag is rotated away
/// in compressed blocks; inline tags each hold one value space whose payload order is the value order.
/// </summary>
public enum TermIdTag : byte
{
    /// <summary>The default graph (the id whose 64 bits are all zero).</summary>
    DefaultGraph = 0,

    /// <summary>An IRI; the payload is its dictionary sequence number.</summary>
    Iri = 1,

    /// <summary>A blank node; the payload is its dictionary sequence number.</summary>
    BlankNode = 2,

    /// <summary>A literal kept in the dictionary; the payload is its sequence number.</summary>
    Literal = 3,

    /// <summary>Inline <c>xsd:boolean</c> in canonical form: payload 0 (false) or 1 (true).</summary>
    Boolean = 4,

    /// <summary>Inline canonical <c>xsd:integer</c>: payload = value + 2^59, so unsigned payload order is numeric order.</summary>
    Integer = 5,

    /// <summary>Inline canonical <c>xsd:date</c>: payload = (days since 0001-01-01) &lt;&lt; 1 | (1 when the timezone is Z).</summary>
    Date = 6,

    /// <summary>Inline canonical <c>xsd:dateTime</c>: payload = (microseconds since 0001-01-01T00:00) &lt;&lt; 1 | (1 when Z).</summary>
    DateTime = 7,

    /// <summary>Inline simple literal (<c>xsd:string</c>) of at most 7 UTF-8 bytes: bytes left-aligned in bits 59..4, length in bits 3..0.</summary>
    ShortString = 8,
}
