using KnowledgeGraph.Remote;

namespace KnowledgeGraph.Server.Options;

/// <summary>
/// <c>KnowledgeGraph:Store:Remote</c>: the remote SPARQL 1.1 store's endpoints, credentials, limits, dialect and
/// how the server learns that the data changed (docs/scale-out.md, "Caches when others write").
/// </summary>
public sealed class RemoteStoreOptions
{
    /// <summary>SPARQL query URL, e.g. http://127.0.0.1:8890/sparql. Required for a remote store.</summary>
    public string? QueryEndpoint { get; set; }

    /// <summary>SPARQL Update URL, e.g. http://127.0.0.1:8890/sparql-auth; none refuses writes.</summary>
    public string? UpdateEndpoint { get; set; }

    /// <summary>Graph Store Protocol URL, e.g. http://127.0.0.1:8890/sparql-graph-crud-auth; none refuses Graph Store requests.</summary>
    public string? GraphStoreEndpoint { get; set; }

    /// <summary><c>none</c>, <c>basic</c>, <c>digest</c> (Virtuoso) or <c>bearer</c>.</summary>
    public RemoteAuthScheme Auth { get; set; } = RemoteAuthScheme.None;

    public string? User { get; set; }

    public string? Password { get; set; }

    public string? BearerToken { get; set; }

    /// <summary><c>standard</c> or <c>virtuoso</c>.</summary>
    public string Dialect { get; set; } = "standard";

    /// <summary>For stores without a default graph (Virtuoso): the named graph that stands in for it.</summary>
    public string? DefaultGraphIri { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    public int MaxConnections { get; set; } = 16;

    public int MaxReadRetries { get; set; } = 3;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Others may write to the remote store behind our back: cached answers and ETags are trusted this long, then the
    /// dataset version moves on by itself. Zero means "only our own writes change the data" (a store nobody else writes).
    /// </summary>
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// A named graph holding one version triple that our writes replace (and other writers may bump too); when set, the
    /// server reads it at most every <see cref="VersionPollInterval"/> and a changed value moves the dataset version.
    /// Null (default): no version triple, only <see cref="CacheTtl"/> and our own writes.
    /// </summary>
    public string? VersionGraph { get; set; }

    public TimeSpan VersionPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public RemoteStoreSettings ToSettings()
    {
        if (string.IsNullOrWhiteSpace(QueryEndpoint))
        {
            throw new InvalidOperationException("A remote store needs KnowledgeGraph:Store:Remote:QueryEndpoint (the SPARQL query URL).");
        }

        return new RemoteStoreSettings
        {
            QueryEndpoint = ParseUrl(QueryEndpoint, nameof(QueryEndpoint))!,
            UpdateEndpoint = ParseUrl(UpdateEndpoint, nameof(UpdateEndpoint)),
            GraphStoreEndpoint = ParseUrl(GraphStoreEndpoint, nameof(GraphStoreEndpoint)),
            Auth = Auth,
            User = User,
            Password = Password,
            BearerToken = BearerToken,
            Dialect = SparqlDialect.Find(Dialect, DefaultGraphIri),
            Timeout = Timeout,
            MaxConnections = MaxConnections,
            MaxReadRetries = MaxReadRetries,
            RetryBaseDelay = RetryBaseDelay,
        };
    }

    private static Uri? ParseUrl(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw new InvalidOperationException($"KnowledgeGraph:Store:Remote:{name} '{value}' is not an absolute http(s) URL.");
    }
}
