namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>An ORDER BY condition.</summary>
public sealed record OrderCondition(Expression Expression, bool Descending = false);
