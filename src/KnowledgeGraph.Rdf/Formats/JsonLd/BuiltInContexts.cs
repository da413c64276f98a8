namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// The context documents every <see cref="JsonLdDocumentLoader"/> knows without being told: our ontology's
/// context (<c>ontology/context.jsonld</c>, embedded in this assembly at build time) under the IRI it is
/// published at, so documents that reference it load offline and fetch nothing.
/// </summary>
public static class BuiltInContexts
{
    /// <summary>The IRI our ontology context is published at (next to the vocabulary namespace <c>https://w3id.org/newskg/</c>).</summary>
    public const string OntologyContextIri = "https://w3id.org/newskg/context.jsonld";

    private const string OntologyContextResource = "KnowledgeGraph.Rdf.Formats.JsonLd.newskg-context.jsonld";

    private static readonly Lazy<string> OntologyText = new(ReadResource);

    /// <summary>The text of <c>ontology/context.jsonld</c> as built into this assembly.</summary>
    public static string OntologyContextText => OntologyText.Value;

    /// <summary>The built-in documents by IRI.</summary>
    public static IReadOnlyDictionary<string, Func<string>> Documents { get; } = new Dictionary<string, Func<string>>(StringComparer.Ordinal)
    {
        [OntologyContextIri] = () => OntologyText.Value,
    };

    private static string ReadResource()
    {
        using var stream = typeof(BuiltInContexts).Assembly.GetManifestResourceStream(OntologyContextResource)
            ?? throw new InvalidOperationException($"The assembly lacks the embedded resource {OntologyContextResource} (ontology/context.jsonld).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
