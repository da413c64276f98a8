namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>GraphQL.NET's user context for one request: carries the query log to the root resolvers.</summary>
internal sealed class RequestContext : Dictionary<string, object?>
{
    public QueryLog Log { get; } = new();
}
