using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>A claim an actor made (the actor is its claimant), as listed on the actor's page.</summary>
public sealed record ClaimMade(Iri Claim, Iri? Stance, string? Text, Iri? Subject);
