namespace KnowledgeGraph.Server.Query;

/// <summary>Caps on what one SERVICE call may bring back, and how many bindings one request carries.</summary>
public sealed record ServiceLimits(long MaxResponseBytes, long MaxRows, int BatchSize = 100);
