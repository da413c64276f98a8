namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>The SPARQL texts one GraphQL request ran, in order: the explain output and the N+1 test read it.</summary>
public sealed class QueryLog
{
    private readonly List<string> _queries = [];

    public IReadOnlyList<string> Queries
    {
        get
        {
            lock (_queries)
            {
                return _queries.ToList();
            }
        }
    }

    public void Add(string sparql)
    {
        lock (_queries)
        {
            _queries.Add(sparql);
        }
    }
}
