using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Rdf.Formats.RdfXml;

/// <summary>What an open element is in the RDF/XML grammar, and so what its children may be.</summary>
internal enum RdfXmlFrameKind
{
    /// <summary>rdf:RDF: children are node elements.</summary>
    Rdf,

    /// <summary>A node element, or a property element with rdf:parseType="Resource": children are property elements of <see cref="RdfXmlFrame.Subject"/>.</summary>
    Node,

    /// <summary>A property element whose form (literal, resource or empty) is known only at its first child or its end.</summary>
    Property,

    /// <summary>A property element with rdf:parseType="Collection": children are node elements, the items of a list.</summary>
    Collection,

    /// <summary>A property element with rdf:parseType="Literal" (or an unknown parse type): children are XML content.</summary>
    XmlLiteral,
}

/// <summary>
/// One open element of the RDF/XML grammar: its kind, the base IRI and language in scope inside it, and
/// what its kind needs to finish its triples when it closes. Frames live on a stack, one per open element,
/// so the reader keeps only the path from the root to the current element.
/// </summary>
internal sealed class RdfXmlFrame
{
    public RdfXmlFrame(RdfXmlFrameKind kind, string? baseIri, string? language)
    {
        Kind = kind;
        BaseIri = baseIri;
        Language = language;
    }

    public RdfXmlFrameKind Kind { get; }

    public string? BaseIri { get; }

    public string? Language { get; }

    /// <summary>Node frames: the subject their property elements describe.</summary>
    public Term? Subject { get; init; }

    /// <summary>Node frames: the next rdf:li number.</summary>
    public int NextListItem { get; set; } = 1;

    /// <summary>Property, collection and literal frames: the subject of the node element around them.</summary>
    public Term? Parent { get; init; }

    /// <summary>Property, collection and literal frames: the predicate the element names.</summary>
    public Iri? Predicate { get; init; }

    /// <summary>Property frames: the rdf:ID that reifies the statement, already resolved.</summary>
    public Iri? Reifier { get; init; }

    /// <summary>Property frames: the rdf:resource, rdf:nodeID and rdf:datatype values, resolved.</summary>
    public Term? ResourceObject { get; init; }

    public Iri? Datatype { get; init; }

    /// <summary>Property frames: the property attributes, which make an empty property element describe its object.</summary>
    public IReadOnlyList<(Iri Predicate, string Value)>? PropertyAttributes { get; init; }

    /// <summary>Property frames: the text seen so far (null while there is none).</summary>
    public System.Text.StringBuilder? Text { get; set; }

    /// <summary>Property frames: the node element that became the object, once it has been seen.</summary>
    public bool HasNodeObject { get; set; }

    /// <summary>Collection frames: the last list cell made (null before the first item).</summary>
    public BlankNode? LastCell { get; set; }

    /// <summary>Where the element started, for errors found at its end.</summary>
    public int Line { get; init; }

    public int Column { get; init; }
}
