using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>A search result: the entity, its label, the name that matched, its types and its rank score.</summary>
public sealed record SearchHit(Iri Entity, string Label, string Matched, IReadOnlyList<Iri> Types, int Score);
