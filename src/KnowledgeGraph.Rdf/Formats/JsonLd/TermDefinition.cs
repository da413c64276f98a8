namespace KnowledgeGraph.Rdf.Formats.JsonLd;

/// <summary>
/// A term definition of an active context (JSON-LD 1.1 API §4.1). Immutable once created, so contexts
/// can share definitions when they are cloned.
/// </summary>
public sealed record TermDefinition
{
    /// <summary>The IRI (or keyword, or blank node id) the term expands to; null when mapped to null.</summary>
    public string? Iri { get; init; }

    public bool Prefix { get; init; }

    public bool Protected { get; init; }

    public bool Reverse { get; init; }

    /// <summary>@id, @vocab, @json, @none or a datatype IRI; null when the term sets none.</summary>
    public string? TypeMapping { get; init; }

    /// <summary>True when the definition has a language mapping (whose value may be null: "no language").</summary>
    public bool HasLanguage { get; init; }

    public string? Language { get; init; }

    /// <summary>True when the definition has a direction mapping (whose value may be null: "no direction").</summary>
    public bool HasDirection { get; init; }

    public string? Direction { get; init; }

    /// <summary>The container mapping: a subset of @list, @set, @index, @language, @id, @type, @graph.</summary>
    public IReadOnlySet<string> Container { get; init; } = EmptyContainer;

    public string? Index { get; init; }

    public string? Nest { get; init; }

    /// <summary>True when the definition carries a scoped context (<see cref="LocalContext"/>, which may be JSON null).</summary>
    public bool HasLocalContext { get; init; }

    public object? LocalContext { get; init; }

    /// <summary>The URL scoped contexts are resolved against.</summary>
    public string? BaseUrl { get; init; }

    public static IReadOnlySet<string> EmptyContainer { get; } = new HashSet<string>(StringComparer.Ordinal);

    public bool HasContainer(string keyword) => Container.Contains(keyword);

    /// <summary>Equality ignoring <see cref="Protected"/>, as the protected-term check compares definitions.</summary>
    public bool SameApartFromProtection(TermDefinition other) =>
        Iri == other.Iri && Prefix == other.Prefix && Reverse == other.Reverse && TypeMapping == other.TypeMapping
        && HasLanguage == other.HasLanguage && Language == other.Language && HasDirection == other.HasDirection
        && Direction == other.Direction && Container.SetEquals(other.Container) && Index == other.Index && Nest == other.Nest
        && HasLocalContext == other.HasLocalContext && JsonText.DeepEquals(LocalContext, other.LocalContext);
}
