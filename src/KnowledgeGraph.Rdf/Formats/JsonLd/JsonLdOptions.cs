namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>Which JSON-LD rules apply: 1.1 by default; 1.0 refuses the 1.1 features.</summary>
public enum JsonLdProcessingMode
{
    JsonLd11,
    JsonLd10,
}

/// <summary>The JsonLdOptions of the JSON-LD 1.1 API that this processor supports.</summary>
public sealed record JsonLdOptions
{
    /// <summary>The document's base IRI, against which relative IRIs are resolved.</summary>
    public string? BaseIri { get; init; }

    /// <summary>A context applied before the document's own (the API's expandContext).</summary>
    public object? ExpandContext { get; init; }

    public JsonLdProcessingMode ProcessingMode { get; init; } = JsonLdProcessingMode.JsonLd11;

    /// <summary>
    /// How toRdf writes <c>@direction</c>: null drops it (RDF 1.1), <c>i18n-datatype</c> uses
    /// <c>https://www.w3.org/ns/i18n#lang_dir</c> datatypes, <c>compound-literal</c> a blank node with rdf:value etc.
    /// </summary>
    public string? RdfDirection { get; init; }

    /// <summary>fromRdf: write xsd:boolean, xsd:integer and xsd:double literals as JSON booleans and numbers.</summary>
    public bool UseNativeTypes { get; init; }

    /// <summary>fromRdf: keep rdf:type as a property instead of turning it into <c>@type</c>.</summary>
    public bool UseRdfType { get; init; }

    /// <summary>Where remote contexts come from; the default loader knows none and fetches nothing.</summary>
    public JsonLdDocumentLoader DocumentLoader { get; init; } = new();

    /// <summary>The most nested remote contexts a document may load before it is taken as a loop.</summary>
    public int MaxRemoteContexts { get; init; } = 64;
}
