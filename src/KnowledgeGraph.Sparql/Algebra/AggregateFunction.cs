namespace KnowledgeGraph.Sparql.Algebra;

public enum AggregateFunction
{
    Count,
    Sum,
    Min,
    Max,
    Avg,
    Sample,
    GroupConcat,
}
