namespace KnowledgeGraph.Remote;

/// <summary>
/// Where the remote store answers and how to talk to it. Only <see cref="QueryEndpoint"/> is required: without an
/// update endpoint writes are refused, without a Graph Store endpoint Graph Store requests are refused.
/// </summary>
public sealed record RemoteStoreSettings
{
    /// <summary>SPARQL 1.1 Protocol query URL (Virtuoso: http://host:8890/sparql).</summary>
    public required Uri QueryEndpoint { get; init; }

    /// <summary>SPARQL 1.1 Update URL (Virtuoso: http://host:8890/sparql-auth); null refuses updates.</summary>
    public Uri? UpdateEndpoint { get; init; }

    /// <summary>Graph Store Protocol URL (Virtuoso: http://host:8890/sparql-graph-crud-auth); null refuses Graph Store requests.</summary>
    public Uri? GraphStoreEndpoint { get; init; }

    public RemoteAuthScheme Auth { get; init; } = RemoteAuthScheme.None;

    public string? User { get; init; }

    public string? Password { get; init; }

    public string? BearerToken { get; init; }

    /// <summary>Cut-off for one HTTP exchange (a query's own timeout may be shorter and wins).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Pooled connections per remote server.</summary>
    public int MaxConnections { get; init; } = 16;

    /// <summary>Retries after the first attempt, for reads only (queries, Graph Store GET); writes are never retried.</summary>
    public int MaxReadRetries { get; init; } = 3;

    /// <summary>The first retry waits this long, each later one twice as long (plus up to 25 % jitter).</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The store's dialect: the one place its differences from SPARQL 1.1 are handled.</summary>
    public SparqlDialect Dialect { get; init; } = SparqlDialect.Standard;

    public void Validate()
    {
        foreach (var (name, url) in new[] { ("query", (Uri?)QueryEndpoint), ("update", UpdateEndpoint), ("graph store", GraphStoreEndpoint) })
        {
            if (url is not null && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
            {
                throw new ArgumentException($"The remote {name} endpoint '{url}' is not an absolute http(s) URL.");
            }
        }

        if (Auth is RemoteAuthScheme.Basic or RemoteAuthScheme.Digest && (string.IsNullOrEmpty(User) || Password is null))
        {
            throw new ArgumentException($"{Auth} authentication needs a user and a password.");
        }

        if (Auth == RemoteAuthScheme.Bearer && string.IsNullOrEmpty(BearerToken))
        {
            throw new ArgumentException("Bearer authentication needs a token.");
        }

        if (MaxConnections < 1 || MaxReadRetries < 0 || Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("MaxConnections must be at least 1, MaxReadRetries at least 0 and Timeout positive.");
        }
    }
}
