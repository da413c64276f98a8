namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// The active context of the JSON-LD algorithms: term definitions, base IRI, vocabulary mapping, default
/// language and direction, and the previous context that a non-propagated (type-scoped) context reverts to.
/// Processing a context clones it; the original is never changed, so contexts can be shared freely.
/// </summary>
public sealed class ActiveContext
{
    private readonly Dictionary<string, TermDefinition> _terms;
    private InverseContext? _inverse;

    public ActiveContext(string? baseIri, JsonLdProcessingMode mode)
    {
        _terms = new Dictionary<string, TermDefinition>(StringComparer.Ordinal);
        BaseIri = baseIri;
        OriginalBaseIri = baseIri;
        Mode = mode;
    }

    private ActiveContext(ActiveContext other)
    {
        _terms = new Dictionary<string, TermDefinition>(other._terms, StringComparer.Ordinal);
        BaseIri = other.BaseIri;
        OriginalBaseIri = other.OriginalBaseIri;
        Vocab = other.Vocab;
        DefaultLanguage = other.DefaultLanguage;
        DefaultDirection = other.DefaultDirection;
        Previous = other.Previous;
        Mode = other.Mode;
    }

    public IReadOnlyDictionary<string, TermDefinition> Terms => _terms;

    public string? BaseIri { get; set; }

    /// <summary>The document's base, which a <c>null</c> context resets to.</summary>
    public string? OriginalBaseIri { get; set; }

    public string? Vocab { get; set; }

    public string? DefaultLanguage { get; set; }

    public string? DefaultDirection { get; set; }

    public ActiveContext? Previous { get; set; }

    public JsonLdProcessingMode Mode { get; }

    public bool Is10 => Mode == JsonLdProcessingMode.JsonLd10;

    public ActiveContext Clone() => new(this);

    public TermDefinition? Term(string? term) => term is not null && _terms.TryGetValue(term, out var d) ? d : null;

    public void SetTerm(string term, TermDefinition definition)
    {
        _terms[term] = definition;
        _inverse = null;
    }

    public void RemoveTerm(string term)
    {
        _terms.Remove(term);
        _inverse = null;
    }

    public bool HasProtectedTerms() => _terms.Values.Any(t => t.Protected);

    /// <summary>The inverse context for compaction, built once per context.</summary>
    public InverseContext Inverse => _inverse ??= InverseContext.Build(this);
}
