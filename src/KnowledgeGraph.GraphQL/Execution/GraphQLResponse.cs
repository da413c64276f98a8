namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>A serialized GraphQL response, the SPARQL it ran (empty when served from the cache) and whether it was cached.</summary>
public sealed record GraphQLResponse(string Json, IReadOnlyList<string> Sparql, bool FromCache, bool HasErrors);
