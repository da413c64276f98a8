using System.Diagnostics;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Server.Caching;
using KnowledgeGraph.Server.Diagnostics;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Options;
using KnowledgeGraph.Server.Protocol;
using KnowledgeGraph.Server.Query;
using KnowledgeGraph.Server.Security;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Expressions;
using KnowledgeGraph.Sparql.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Server.Endpoints;

/// <summary>
/// <c>/sparql</c>: the SPARQL 1.1 Protocol. GET and POST queries, POST updates, dataset parameters, content
/// negotiation, ETag/304 and the result cache for queries, the Service Description or the editor page for a
/// GET without a query.
/// </summary>
public static class SparqlProtocolEndpoints
{
    public const string Path = "/sparql";

    public static IEndpointRouteBuilder MapSparqlProtocol(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, HandleAsync).RequireCors(CorsPolicies.Reads);
        app.MapPost(Path, HandleAsync).RequireCors(CorsPolicies.Reads);
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, SparqlServices services)
    {
        SparqlProtocolRequest request;
        try
        {
            request = await SparqlProtocolRequest.ReadAsync(context.Request, services.Options.MaxRequestBodyBytes, context.RequestAborted).ConfigureAwait(false);
        }
        catch (ProtocolError e)
        {
            services.Metrics.QueryAnswered(TimeSpan.Zero, error: true);
            return Problems.Create(e.Status, "Bad SPARQL Protocol request", e.Message);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            services.Metrics.QueryAnswered(TimeSpan.Zero, error: true);
            return Problems.Create(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The body is larger than the limit of {services.Options.MaxRequestBodyBytes} bytes.");
        }

        if (request.Update is { } update)
        {
            return await UpdateAsync(context, services, request, update).ConfigureAwait(false);
        }

        if (request.Query is { } query)
        {
            return await QueryAsync(context, services, request, query).ConfigureAwait(false);
        }

        if (HttpMethods.IsPost(context.Request.Method))
        {
            return Problems.Create(StatusCodes.Status400BadRequest, "Missing operation", "The request has neither a 'query' nor an 'update'.");
        }

        // A GET without a query: a browser gets the editor, anything else the Service Description.
        var accept = context.Request.Headers.Accept.ToString();
        if (MediaRange.QualityOf(MediaRange.ParseAccept(accept), "text/html") > 0 && accept.Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Content(SparqlEditorPage.Html, "text/html; charset=utf-8");
        }

        return ServiceDescriptionEndpoint.Describe(context, services.Options);
    }

    private static async Task<IResult> QueryAsync(HttpContext context, SparqlServices services, SparqlProtocolRequest request, string text)
    {
        var clock = Stopwatch.StartNew();
        var log = services.Logs.CreateLogger(typeof(SparqlProtocolEndpoints));
        try
        {
            var prepared = services.Processor.PrepareQuery(text, GraphTargetBase(context));
            var accept = context.Request.Headers.Accept.ToString();
            var output = prepared.GivesGraph
                ? RdfNegotiation.Choose(accept, RdfFormat.Turtle) is { } rdf ? QueryResultOutput.For(rdf) : null
                : SparqlResultsFormat.FromAccept(accept) is { } solutions ? QueryResultOutput.For(solutions) : null;
            if (output is null)
            {
                services.Metrics.QueryAnswered(clock.Elapsed, error: true);
                var offered = prepared.GivesGraph
                    ? RdfWriters.Supported.Select(f => f.MediaType)
                    : SparqlResultsFormat.All.Select(f => f.MediaType);
                return Problems.Create(StatusCodes.Status406NotAcceptable, "Not acceptable",
                    $"A {prepared.Form} query's result cannot be given as '{accept}': accept one of {string.Join(", ", offered)}.");
            }

            var mediaType = output.Solutions?.MediaType ?? output.Graph!.MediaType;
            var contentType = mediaType + "; charset=utf-8";
            var (snapshot, version) = services.Store.OpenSnapshot(services.Options.UnionDefaultGraph);
            using (snapshot)
            {
                ResultCacheKey? key = version is { } v ? new ResultCacheKey(v, text, request.DatasetKey, mediaType) : null;
                if (key is not null && HttpMethods.IsGet(context.Request.Method))
                {
                    var etag = ETags.For(services.Store.InstanceTag, key.Version, "sparql", text, key.Dataset, mediaType);
                    context.Response.Headers.ETag = etag;
                    context.Response.Headers.Vary = "Accept";
                    if (ETags.Matches(context.Request.Headers.IfNoneMatch, etag))
                    {
                        services.Metrics.NotModified();
                        services.Metrics.QueryAnswered(clock.Elapsed, error: false);
                        return Results.StatusCode(StatusCodes.Status304NotModified);
                    }
                }

                if (key is not null && services.Cache.TryGet(key, out var cached))
                {
                    services.Metrics.CacheHit();
                    services.Metrics.QueryAnswered(clock.Elapsed, error: false);
                    log.LogInformation("Query answered from cache in {ElapsedMs:F1} ms, {Rows} rows", clock.Elapsed.TotalMilliseconds, cached!.Rows);
                    return Results.Bytes(cached.Body, cached.ContentType);
                }

                services.Metrics.CacheMiss();
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
                timeout.CancelAfter(services.Options.QueryTimeout);
                var execution = new QueryExecution(snapshot, request.QueryDataset, services.Options.QueryTimeout,
                    services.Options.ServiceEnabled ? services.ServicePolicy : null, timeout.Token);
                var (body, rows, truncated) = await Task.Run(() => Evaluate(services, prepared, execution, output), timeout.Token).ConfigureAwait(false);
                if (truncated)
                {
                    context.Response.Headers["X-KG-Truncated"] = $"true; max-rows={services.Options.MaxResultRows}";
                }
                else if (key is not null)
                {
                    services.Cache.Add(key, new CachedResult(body, contentType, rows));
                }

                services.Metrics.QueryAnswered(clock.Elapsed, error: false);
                log.LogInformation("{Form} query answered in {ElapsedMs:F1} ms, {Rows} rows as {MediaType}{Truncated}",
                    prepared.Form, clock.Elapsed.TotalMilliseconds, rows, mediaType, truncated ? " (truncated)" : string.Empty);
                return Results.Bytes(body, contentType);
            }
        }
        catch (SparqlSyntaxError e)
        {
            services.Metrics.QueryAnswered(clock.Elapsed, error: true);
            return Problems.Create(StatusCodes.Status400BadRequest, "Malformed query", e.Message,
                new Dictionary<string, object?> { ["line"] = e.Line, ["column"] = e.Column });
        }
        catch (KnowledgeGraph.Remote.RemoteStoreException e)
        {
            services.Metrics.QueryAnswered(clock.Elapsed, error: true);
            return Remote.RemoteProblems.From(e);
        }
        catch (EngineUnavailableException e)
        {
            services.Metrics.QueryAnswered(clock.Elapsed, error: true);
            return Problems.Create(StatusCodes.Status501NotImplemented, "Not implemented", e.Message);
        }
        catch (SparqlEvaluationException e)
        {
            services.Metrics.QueryAnswered(clock.Elapsed, error: true);
            return Problems.Create(StatusCodes.Status400BadRequest, "Query cannot be evaluated", e.Message);
        }
        catch (QueryLimitException e)
        {
            services.Metrics.QueryAnswered(clock.Elapsed, error: true);
            log.LogWarning("Query stopped at a resource limit: {Reason}", e.Message);
            return Problems.Create(StatusCodes.Status503ServiceUnavailable, "Query too expensive", e.Message);
        }
        catch (Exception e) when (e is OperationCanceledException or QueryTimeoutException && !context.RequestAborted.IsCancellationRequested)
        {
            services.Metrics.Timeout();
            services.Metrics.QueryAnswered(clock.Elapsed, error: true);
            log.LogWarning("Query stopped at the timeout of {TimeoutS} s", services.Options.QueryTimeout.TotalSeconds);
            return Problems.Create(StatusCodes.Status503ServiceUnavailable, "Query timeout",
                $"The query ran longer than the server's limit of {services.Options.QueryTimeout.TotalSeconds:0.#} s and was stopped.");
        }
    }

    /// <summary>Evaluates and serializes in memory, so a timeout or error can still become a proper status.</summary>
    private static (byte[] Body, long Rows, bool Truncated) Evaluate(SparqlServices services, ParsedQuery query, QueryExecution execution, QueryResultOutput output)
    {
        var result = services.Processor.Evaluate(query, execution);
        var limit = services.Options.MaxResultRows;
        long rows = 0;
        var truncated = false;
        IEnumerable<T> Counted<T>(IEnumerable<T> items)
        {
            foreach (var item in items)
            {
                execution.Cancel.ThrowIfCancellationRequested();
                if (rows == limit)
                {
                    truncated = true;
                    yield break;
                }

                rows++;
                yield return item;
            }
        }

        var limited = result switch
        {
            SolutionSequence s => new SolutionSequence(s.Variables, Counted(s.Rows)),
            GraphResult g => new GraphResult(Counted(g.Quads), g.Prefixes),
            _ => result,
        };
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            output.Write(limited, writer);
        }

        return (buffer.ToArray(), result is BooleanResult ? 1 : rows, truncated);
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, SparqlServices services, SparqlProtocolRequest request, string text)
    {
        if (WriteAccess.Check(context, services.Options) is { } refused)
        {
            services.Metrics.UpdateAnswered(error: true);
            return refused;
        }

        var clock = Stopwatch.StartNew();
        var log = services.Logs.CreateLogger(typeof(SparqlProtocolEndpoints));
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
            timeout.CancelAfter(services.Options.UpdateTimeout);
            var execution = new UpdateExecution(services.Store, request.UsingDataset, services.Options.UpdateTimeout,
                services.LoadPolicy.IsEnabled ? services.LoadPolicy : null,
                services.Options.ServiceEnabled ? services.ServicePolicy : null, timeout.Token, services.Options.MaxRequestBodyBytes);
            var outcome = await Task.Run(() => services.Processor.Update(text, GraphTargetBase(context), execution), timeout.Token).ConfigureAwait(false);
            services.Metrics.UpdateAnswered(error: false);
            log.LogInformation("Update of {Operations} operations in {ElapsedMs:F1} ms: {Inserted} inserted, {Deleted} deleted",
                outcome.Operations, clock.Elapsed.TotalMilliseconds, outcome.Inserted, outcome.Deleted);
            return Results.NoContent();
        }
        catch (ProtocolError e)
        {
            services.Metrics.UpdateAnswered(error: true);
            return Problems.Create(e.Status, "Bad SPARQL Protocol request", e.Message);
        }
        catch (SparqlSyntaxError e)
        {
            services.Metrics.UpdateAnswered(error: true);
            return Problems.Create(StatusCodes.Status400BadRequest, "Malformed update", e.Message,
                new Dictionary<string, object?> { ["line"] = e.Line, ["column"] = e.Column });
        }
        catch (KnowledgeGraph.Remote.RemoteStoreException e)
        {
            services.Metrics.UpdateAnswered(error: true);
            return Remote.RemoteProblems.From(e);
        }
        catch (EngineUnavailableException e)
        {
            services.Metrics.UpdateAnswered(error: true);
            return Problems.Create(StatusCodes.Status501NotImplemented, "Not implemented", e.Message);
        }
        catch (UpdateFailedException e)
        {
            services.Metrics.UpdateAnswered(error: true);
            return Problems.Create(StatusCodes.Status400BadRequest, "Update failed", e.Message + " Nothing was written.");
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            services.Metrics.Timeout();
            services.Metrics.UpdateAnswered(error: true);
            return Problems.Create(StatusCodes.Status503ServiceUnavailable, "Update timeout",
                $"The update ran longer than the server's limit of {services.Options.UpdateTimeout.TotalSeconds:0.#} s; nothing was written.");
        }
    }

    private static string GraphTargetBase(HttpContext context) => Graphs.GraphTarget.RequestUrl(context.Request);
}
