namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>The BASE IRI and PREFIX declarations in effect at the end of a query or update's text.</summary>
public sealed record Prologue(string? BaseIri, IReadOnlyDictionary<string, string> Prefixes)
{
    public static Prologue Empty { get; } = new(null, new Dictionary<string, string>());
}
