namespace KnowledgeGraph.Sparql.Data;

/// <summary>A quad whose terms are ids of an <see cref="IQuadIdSource"/>.</summary>
public readonly record struct QuadIds(long Subject, long Predicate, long Obj, long Graph);
