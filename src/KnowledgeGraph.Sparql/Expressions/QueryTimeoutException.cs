namespace KnowledgeGraph.Sparql.Expressions;

/// <summary>The query ran past its configured timeout.</summary>
public sealed class QueryTimeoutException : Exception
{
    public QueryTimeoutException()
    {
    }

    public QueryTimeoutException(string message)
        : base(message)
    {
    }

    public QueryTimeoutException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
