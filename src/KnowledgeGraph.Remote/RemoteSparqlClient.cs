using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Remote;

/// <summary>
/// A SPARQL 1.1 client for one remote store: queries (SPARQL JSON or XML results read with our result readers;
/// CONSTRUCT/DESCRIBE with our RDF readers), updates, and the Graph Store Protocol. Connections are pooled by one
/// <see cref="SocketsHttpHandler"/>; reads are retried with backoff on connection failures and "try later" answers;
/// writes are sent exactly once (a retried write could apply twice: the caller decides). Every call takes a
/// cancellation token and a timeout, and every failure is a <see cref="RemoteStoreException"/> naming the endpoint.
/// Thread-safe; make one per store and share it.
/// </summary>
public sealed class RemoteSparqlClient : IDisposable
{
    // XML first: it is read as a stream (StreamingXmlResults); JSON is read whole by our JSON results reader.
    private const string SolutionsAccept = "application/sparql-results+xml, application/sparql-results+json;q=0.9";
    private const string GraphAccept = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5";

    private readonly HttpClient _http;
    private readonly ReadRetryPolicy _retry;

    /// <param name="handler">Replaces the pooled handler (tests); the client disposes it.</param>
    public RemoteSparqlClient(RemoteStoreSettings settings, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        Settings = settings;
        _retry = new ReadRetryPolicy(settings.MaxReadRetries, settings.RetryBaseDelay);
        _http = new HttpClient(handler ?? CreateHandler(settings), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("KnowledgeGraph-Remote/1.0");
        switch (settings.Auth)
        {
            case RemoteAuthScheme.Basic:
                // Sent up front: Basic needs no challenge, and a replayed body is not needed.
                _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                    Convert.ToBase64String(Encoding.UTF8.GetBytes(settings.User + ":" + settings.Password)));
                break;
            case RemoteAuthScheme.Bearer:
                _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", settings.BearerToken);
                break;
        }
    }

    public RemoteStoreSettings Settings { get; }

    public SparqlDialect Dialect => Settings.Dialect;

    /// <summary>Counts HTTP attempts (first tries and retries), for tests and metrics.</summary>
    public long Attempts => Interlocked.Read(ref _attempts);

    private long _attempts;

    /// <summary>
    /// Runs a query. <paramref name="givesGraph"/> (CONSTRUCT, DESCRIBE) asks for RDF, otherwise for SPARQL results.
    /// Graph results are parsed while they are enumerated (enumerate them once, to the end or disposing the enumerator).
    /// </summary>
    public async Task<QueryResult> QueryAsync(string query, bool givesGraph, RemoteDataset? dataset = null, TimeSpan? timeout = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var endpoint = Settings.QueryEndpoint;
        var fields = new List<KeyValuePair<string, string>> { new("query", Dialect.PrepareQuery(query)) };
        AddDataset(fields, dataset, "default-graph-uri", "named-graph-uri");
        var response = await SendReadAsync("query", endpoint, () => new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new FormUrlEncodedContent(fields),
            Headers = { { "Accept", givesGraph ? GraphAccept : SolutionsAccept } },
        }, timeout, cancel).ConfigureAwait(false);

        var mediaType = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        if (givesGraph && RdfFormat.Find(mediaType) is { } rdf && RdfReaders.CanRead(rdf))
        {
            return Dialect.Normalize(new GraphResult(ReadGraph(response, rdf, endpoint)));
        }

        var booleans = !givesGraph && Dialect.GivesBooleansAsIntegers ? BooleanVariables.Of(query) : null;
        if (SparqlResultsFormat.Find(mediaType) == SparqlResultsFormat.Xml)
        {
            try
            {
                // The response now belongs to the result: released when its rows have been read.
                return Dialect.Normalize(StreamingXmlResults.Read(response, endpoint.ToString()), booleans);
            }
            catch (SparqlResultsParseException e)
            {
                throw new RemoteStoreException("query", endpoint, HttpStatusCode.OK, "the results could not be read: " + e.Message, e);
            }
        }

        using (response)
        {
            var format = SparqlResultsFormat.Find(mediaType);
            if (format is null || (format != SparqlResultsFormat.Json && format != SparqlResultsFormat.Xml))
            {
                throw new RemoteStoreException("query", endpoint, response.StatusCode,
                    $"the answer is '{mediaType}', not {(givesGraph ? "an RDF format we read" : "SPARQL JSON or XML results")}.");
            }

            var body = await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
            try
            {
                return Dialect.Normalize(SparqlResultsReaders.Read(format, new StringReader(body), endpoint.ToString()), booleans);
            }
            catch (SparqlResultsParseException e)
            {
                throw new RemoteStoreException("query", endpoint, response.StatusCode, "the results could not be read: " + e.Message, e);
            }
        }
    }

    /// <summary>Runs an update once (never retried); throws <see cref="RemoteStoreException"/> when refused.</summary>
    public async Task UpdateAsync(string update, RemoteDataset? usingDataset = null, TimeSpan? timeout = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        var endpoint = Settings.UpdateEndpoint ?? throw new RemoteStoreException("update", Settings.QueryEndpoint, null,
            "no update endpoint is configured, so the remote store is read-only here.");
        var fields = new List<KeyValuePair<string, string>> { new("update", Dialect.PrepareUpdate(update)) };
        AddDataset(fields, usingDataset, "using-graph-uri", "using-named-graph-uri");
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new FormUrlEncodedContent(fields) };
        using var response = await SendWriteAsync("update", endpoint, request, timeout, cancel).ConfigureAwait(false);
    }

    /// <summary>Whether the store holds any triple in <paramref name="graph"/> (the default graph always exists).</summary>
    public async Task<bool> GraphExistsAsync(Term graph, TimeSpan? timeout = null, CancellationToken cancel = default)
    {
        // The default graph always exists, also where a stand-in graph holds it and may still be empty.
        if (graph is DefaultGraph)
        {
            return true;
        }

        var stored = Dialect.StoredGraph(graph);

        var result = await QueryAsync($"ASK {{ GRAPH {stored} {{ ?s ?p ?o }} }}", givesGraph: false, null, timeout, cancel).ConfigureAwait(false);
        return result is BooleanResult { Value: true };
    }

    /// <summary>Graph Store GET of one graph; null when the store has no such graph (404).</summary>
    public async Task<RemoteRdfResponse?> GraphGetAsync(Term graph, TimeSpan? timeout = null, CancellationToken cancel = default)
    {
        var url = Dialect.GraphStoreUrl(GraphStoreEndpoint("Graph Store GET"), graph);
        HttpResponseMessage response;
        try
        {
            response = await SendReadAsync("Graph Store GET", url, () => new HttpRequestMessage(HttpMethod.Get, url)
            {
                Headers = { { "Accept", GraphAccept } },
            }, timeout, cancel).ConfigureAwait(false);
        }
        catch (RemoteStoreException e) when (e.Status == HttpStatusCode.NotFound)
        {
            return null;
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        if (RdfFormat.Find(mediaType) is not { } format || !RdfReaders.CanRead(format))
        {
            response.Dispose();
            throw new RemoteStoreException("Graph Store GET", url, response.StatusCode, $"the answer is '{mediaType}', not an RDF format we read.");
        }

        return new RemoteRdfResponse(response, format, graph, Dialect);
    }

    /// <summary>
    /// Graph Store PUT (<paramref name="replace"/>) or POST (merge) of N-Triples into one graph, sent once. Returns
    /// true when the remote says it created the graph (201).
    /// </summary>
    public async Task<bool> GraphWriteAsync(Term graph, ReadOnlyMemory<byte> ntriples, bool replace, TimeSpan? timeout = null, CancellationToken cancel = default)
    {
        var operation = replace ? "Graph Store PUT" : "Graph Store POST";
        var url = Dialect.GraphStoreUrl(GraphStoreEndpoint(operation), graph);
        // A byte array can be sent again when Digest authentication answers the first attempt with its challenge.
        var content = new ReadOnlyMemoryContent(ntriples);
        content.Headers.ContentType = new MediaTypeHeaderValue(RdfFormat.NTriples.MediaType) { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(replace ? HttpMethod.Put : HttpMethod.Post, url) { Content = content };
        using var response = await SendWriteAsync(operation, url, request, timeout, cancel).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.Created;
    }

    /// <summary>Graph Store DELETE; false when the remote has no such graph (404).</summary>
    public async Task<bool> GraphDeleteAsync(Term graph, TimeSpan? timeout = null, CancellationToken cancel = default)
    {
        var url = Dialect.GraphStoreUrl(GraphStoreEndpoint("Graph Store DELETE"), graph);
        using var request = new HttpRequestMessage(HttpMethod.Delete, url);
        try
        {
            using var response = await SendWriteAsync("Graph Store DELETE", url, request, timeout, cancel).ConfigureAwait(false);
            return true;
        }
        catch (RemoteStoreException e) when (e.Status == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public void Dispose() => _http.Dispose();

    private static SocketsHttpHandler CreateHandler(RemoteStoreSettings settings)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = settings.MaxConnections,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            ConnectTimeout = TimeSpan.FromSeconds(10),
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            UseCookies = false,
        };
        if (settings.Auth == RemoteAuthScheme.Digest)
        {
            var credential = new NetworkCredential(settings.User, settings.Password);
            var cache = new CredentialCache();
            foreach (var url in new[] { settings.QueryEndpoint, settings.UpdateEndpoint, settings.GraphStoreEndpoint }.OfType<Uri>().DistinctBy(u => u.GetLeftPart(UriPartial.Authority)))
            {
                cache.Add(new Uri(url.GetLeftPart(UriPartial.Authority)), "Digest", credential);
            }

            handler.Credentials = cache;
            handler.PreAuthenticate = true;
        }

        return handler;
    }

    private Uri GraphStoreEndpoint(string operation) => Settings.GraphStoreEndpoint
        ?? throw new RemoteStoreException(operation, Settings.QueryEndpoint, null, "no Graph Store endpoint is configured.");

    private static void AddDataset(List<KeyValuePair<string, string>> fields, RemoteDataset? dataset, string defaultName, string namedName)
    {
        if (dataset is null)
        {
            return;
        }

        fields.AddRange(dataset.DefaultGraphs.Select(g => new KeyValuePair<string, string>(defaultName, g)));
        fields.AddRange(dataset.NamedGraphs.Select(g => new KeyValuePair<string, string>(namedName, g)));
    }

    private IEnumerable<Quad> ReadGraph(HttpResponseMessage response, RdfFormat format, Uri endpoint)
    {
        using (response)
        {
            using var stream = response.Content.ReadAsStream();
            using var text = new StreamReader(stream, new UTF8Encoding(false), true, 1 << 16);
            using var reader = RdfReaders.Create(format, text, new RdfReaderOptions { SourceName = endpoint.ToString() });
            foreach (var quad in reader.ReadQuads())
            {
                yield return quad;
            }
        }
    }

    private CancellationTokenSource Deadline(TimeSpan? timeout, CancellationToken cancel)
    {
        var cts = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        cts.CancelAfter(timeout is { } t && t < Settings.Timeout ? t : Settings.Timeout);
        return cts;
    }

    /// <summary>A read: retried on connection failures and transient statuses, never past the caller's cancellation.</summary>
    private async Task<HttpResponseMessage> SendReadAsync(string operation, Uri endpoint, Func<HttpRequestMessage> create, TimeSpan? timeout, CancellationToken cancel)
    {
        using var deadline = Deadline(timeout, cancel);
        for (var attempt = 0; ; attempt++)
        {
            using var request = create();
            HttpResponseMessage response;
            Interlocked.Increment(ref _attempts);
            try
            {
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            }
            catch (HttpRequestException) when (attempt < _retry.MaxRetries && !deadline.IsCancellationRequested)
            {
                // Nothing reached the store or it dropped the connection: a read is safe to send again.
                await Task.Delay(_retry.Delay(attempt + 1), deadline.Token).ConfigureAwait(false);
                continue;
            }
            catch (HttpRequestException e)
            {
                throw new RemoteStoreException(operation, endpoint, null, e.Message, e);
            }
            catch (OperationCanceledException e) when (!cancel.IsCancellationRequested)
            {
                throw new TimeoutException($"The remote store at {endpoint.GetLeftPart(UriPartial.Path)} did not answer the {operation} in time.", e);
            }

            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            if (ReadRetryPolicy.IsTransient(response.StatusCode) && attempt < _retry.MaxRetries)
            {
                var wait = _retry.Delay(attempt + 1, response.Headers.RetryAfter?.Delta);
                response.Dispose();
                await Task.Delay(wait, deadline.Token).ConfigureAwait(false);
                continue;
            }

            throw await FailureAsync(operation, endpoint, response, deadline.Token).ConfigureAwait(false);
        }
    }

    /// <summary>A write: exactly one attempt, whatever happens.</summary>
    private async Task<HttpResponseMessage> SendWriteAsync(string operation, Uri endpoint, HttpRequestMessage request, TimeSpan? timeout, CancellationToken cancel)
    {
        using var deadline = Deadline(timeout, cancel);
        HttpResponseMessage response;
        Interlocked.Increment(ref _attempts);
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, deadline.Token).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new RemoteStoreException(operation, endpoint, null, e.Message + " (writes are not retried: the remote may or may not have applied it)", e);
        }
        catch (OperationCanceledException e) when (!cancel.IsCancellationRequested)
        {
            throw new TimeoutException($"The remote store at {endpoint.GetLeftPart(UriPartial.Path)} did not answer the {operation} in time (it may still apply it).", e);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        throw await FailureAsync(operation, endpoint, response, deadline.Token).ConfigureAwait(false);
    }

    private async Task<RemoteStoreException> FailureAsync(string operation, Uri endpoint, HttpResponseMessage response, CancellationToken cancel)
    {
        using (response)
        {
            string body;
            try
            {
                body = await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                body = string.Empty;
            }

            return new RemoteStoreException(operation, endpoint, response.StatusCode,
                Dialect.ErrorMessage(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body));
        }
    }
}
