namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>GraphQL.NET's user context for one request: carries the query log to the root resolvers.</summary>
internal sealed class RequestContext : Dictionary<string, object?>
{
    public QueryLog Log { get; } = new();

    /// <summary>The runner for this request (a server passes one bound to the request's store snapshot).</summary>
    public ISparqlRunner? Runner { get; init; }

    /// <summary>Runs this request's mutations; null when the request may not write (no write token).</summary>
    public ISparqlUpdateRunner? Updater { get; init; }
}
