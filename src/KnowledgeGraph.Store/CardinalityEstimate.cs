namespace KnowledgeGraph.Store;

/// <summary>A number of matching quads, and whether it is exact or an estimate.</summary>
public readonly record struct CardinalityEstimate(long Count, bool IsExact);
