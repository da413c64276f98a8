using System.Net;
using System.Net.Sockets;
using System.Text;
using KnowledgeGraph.Server.Security;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Server.Query;

/// <summary>
/// SERVICE over HTTP under the server's <see cref="UrlPolicy"/>, the same rules as LOAD: the endpoint must be under
/// an allow-listed prefix, and the address actually connected to is checked again at connect time (a name that
/// resolves to a public address for the check and to 127.0.0.1 for the call is still refused), unless the policy
/// allows internal addresses (<c>ServiceAllowPrivateNetworks</c>). The query goes as a SPARQL Protocol POST form;
/// the answer must be SPARQL JSON or XML results, at most <see cref="ServiceLimits.MaxResponseBytes"/> bytes and
/// <see cref="ServiceLimits.MaxRows"/> solutions. Redirects are not followed. The query's timeout and
/// cancellation arrive as the call's cancellation token. One instance (one connection pool) serves all queries.
/// </summary>
public sealed class PolicyServiceExecutor : IServiceExecutor
{
    private const string Accept = "application/sparql-results+json, application/sparql-results+xml;q=0.9";
    private readonly HttpClient _client;
    private readonly ServiceLimits _limits;

    public PolicyServiceExecutor(UrlPolicy policy, ServiceLimits limits)
    {
        Policy = policy;
        _limits = limits;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            ConnectCallback = policy.AllowsInternalAddresses ? null : PublicAddressConnector.ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("KnowledgeGraph-SERVICE/1.0");
    }

    public UrlPolicy Policy { get; }

    public int BatchSize => _limits.BatchSize;

    public SolutionSequence Execute(ServiceRequest request, CancellationToken cancellation) =>
        ExecuteAsync(request, cancellation).GetAwaiter().GetResult();

    private async Task<SolutionSequence> ExecuteAsync(ServiceRequest request, CancellationToken cancellation)
    {
        var url = request.Endpoint.Value;
        var refusal = await Policy.CheckAsync(url, cancellation).ConfigureAwait(false);
        if (refusal is not null)
        {
            throw new SparqlEvaluationException($"SERVICE <{url}> refused: {refusal}");
        }

        using var message = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("query", request.Query)]),
        };
        message.Headers.Accept.ParseAdd(Accept);
        HttpResponseMessage response;
        try
        {
            response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellation).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new SparqlEvaluationException($"SERVICE <{url}>: the endpoint cannot be reached ({e.Message}).", e);
        }

        using (response)
        {
            var body = await ReadCappedAsync(response.Content, url, cancellation).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var excerpt = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300)).ReplaceLineEndings(" ");
                throw new SparqlEvaluationException($"SERVICE <{url}>: the endpoint answered {(int)response.StatusCode} {response.ReasonPhrase}: {excerpt}");
            }

            var media = response.Content.Headers.ContentType?.MediaType;
            var format = media is null ? null : SparqlResultsFormat.Find(media);
            if (format != SparqlResultsFormat.Json && format != SparqlResultsFormat.Xml)
            {
                throw new SparqlEvaluationException($"SERVICE <{url}>: expected SPARQL JSON or XML results, got Content-Type {media ?? "(none)"}.");
            }

            QueryResult result;
            try
            {
                using var reader = new StreamReader(new MemoryStream(body), Encoding.UTF8);
                result = SparqlResultsReaders.Read(format, reader, url);
            }
            catch (SparqlResultsParseException e)
            {
                throw new SparqlEvaluationException($"SERVICE <{url}>: the answer is not well-formed results: {e.Message}", e);
            }

            if (result is not SolutionSequence solutions)
            {
                throw new SparqlEvaluationException($"SERVICE <{url}>: the answer is a boolean, not solutions.");
            }

            var rows = new List<SolutionRow>();
            foreach (var row in solutions.Rows)
            {
                if (rows.Count == _limits.MaxRows)
                {
                    throw new SparqlEvaluationException($"SERVICE <{url}>: the answer has more than {_limits.MaxRows} solutions (ServiceMaxRows).");
                }

                rows.Add(row);
            }

            return new SolutionSequence(solutions.Variables, rows);
        }
    }

    private async Task<byte[]> ReadCappedAsync(HttpContent content, string url, CancellationToken cancellation)
    {
        if (content.Headers.ContentLength is { } declared && declared > _limits.MaxResponseBytes)
        {
            throw new SparqlEvaluationException($"SERVICE <{url}>: the answer is {declared} bytes, more than {_limits.MaxResponseBytes} (ServiceMaxResponseBytes).");
        }

        await using var stream = await content.ReadAsStreamAsync(cancellation).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellation).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _limits.MaxResponseBytes)
            {
                throw new SparqlEvaluationException($"SERVICE <{url}>: the answer is more than {_limits.MaxResponseBytes} bytes (ServiceMaxResponseBytes).");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Connects only to an address that is not internal, whatever the name resolved to at check time.</summary>
}
