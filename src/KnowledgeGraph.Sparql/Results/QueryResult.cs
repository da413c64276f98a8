namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// What a SPARQL query answers: a <see cref="SolutionSequence"/> (SELECT), a <see cref="BooleanResult"/> (ASK)
/// or a <see cref="GraphResult"/> (CONSTRUCT, DESCRIBE).
/// </summary>
public abstract class QueryResult
{
    private protected QueryResult()
    {
    }
}
