namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>A configured memory limit (rows held by ORDER BY, GROUP BY, DISTINCT or a join) was hit.</summary>
public sealed class QueryLimitException : Exception
{
    public QueryLimitException()
    {
    }

    public QueryLimitException(string message)
        : base(message)
    {
    }

    public QueryLimitException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
