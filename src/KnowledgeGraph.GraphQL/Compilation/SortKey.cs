namespace KnowledgeGraph.GraphQL.Compilation;

/// <summary>One ORDER BY key of a collection: the field and whether it sorts descending.</summary>
public sealed record SortKey(string Field, bool Descending);
