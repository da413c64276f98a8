using System.Text;
using KnowledgeGraph.Domain.Vocabulary;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Formats.Writers;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Server.Diagnostics;
using KnowledgeGraph.Server.Graphs;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Options;
using KnowledgeGraph.Server.Protocol;
using KnowledgeGraph.Server.Security;
using KnowledgeGraph.Store.Maintenance;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Server.Endpoints;

/// <summary>
/// <c>/store</c>: the SPARQL 1.1 Graph Store HTTP Protocol with indirect graph identification
/// (<c>?default</c>, <c>?graph=IRI</c>). Reads stream from a snapshot; writes stream the body into one
/// write transaction and need the update token.
/// </summary>
public static class GraphStoreEndpoints
{
    public const string Path = "/store";

    public static IEndpointRouteBuilder MapGraphStore(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], GetAsync).RequireCors(CorsPolicies.Reads);
        app.MapPut(Path, (HttpContext c, IGraphStore s, IOptions<ServerOptions> o, ServerMetrics m, ILoggerFactory l) => WriteAsync(c, s, o.Value, m, l, replace: true));
        app.MapPost(Path, (HttpContext c, IGraphStore s, IOptions<ServerOptions> o, ServerMetrics m, ILoggerFactory l) => WriteAsync(c, s, o.Value, m, l, replace: false));
        app.MapDelete(Path, DeleteAsync);
        return app;
    }

    private static async Task<IResult> GetAsync(HttpContext context, IGraphStore graphs, StoreHost store, ServerMetrics metrics)
    {
        try
        {
            var target = GraphTarget.From(context.Request);
            var format = RdfNegotiation.Choose(context.Request.Headers.Accept, target.IsWholeStore ? RdfFormat.TriG : RdfFormat.Turtle, needsNamedGraphs: target.IsWholeStore);
            if (format is null)
            {
                metrics.GraphStoreAnswered(error: true);
                return Problems.Create(StatusCodes.Status406NotAcceptable, "Not acceptable",
                    $"None of the Accept header's media types can carry {target}: use one of {string.Join(", ", RdfWriters.Supported.Where(f => !target.IsWholeStore || f.SupportsNamedGraphs).Select(f => f.MediaType))}.");
            }

            var view = graphs.OpenView();
            var version = view.Version;
            var disposeHere = true;
            try
            {
                if (target.Graph is { } graph && !view.Exists(graph))
                {
                    metrics.GraphStoreAnswered(error: false);
                    return Problems.Create(StatusCodes.Status404NotFound, "No such graph", $"The store has no graph {graph}.");
                }

                if (version is { } v)
                {
                    var etag = ETags.For(store.InstanceTag, v, "gsp", target.ToString(), format.MediaType);
                    context.Response.Headers.ETag = etag;
                    if (ETags.Matches(context.Request.Headers.IfNoneMatch, etag))
                    {
                        metrics.NotModified();
                        metrics.GraphStoreAnswered(error: false);
                        return Results.StatusCode(StatusCodes.Status304NotModified);
                    }
                }

                metrics.GraphStoreAnswered(error: false);
                if (HttpMethods.IsHead(context.Request.Method))
                {
                    context.Response.ContentType = RdfNegotiation.ContentType(format);
                    return Results.Empty;
                }

                disposeHere = false;
                return new StreamedResult(RdfNegotiation.ContentType(format), async (http, body) =>
                {
                    using (view)
                    {
                        await Task.Run(() =>
                        {
                            using var writer = new StreamWriter(body, new UTF8Encoding(false), 1 << 16);
                            // The streaming layout writes each statement as it comes (the pretty one holds the graph to
                            // group it), so a GET of a large graph or of the whole store runs in constant memory.
                            using var quads = RdfWriters.Create(format, writer, new RdfWriterOptions { Prefixes = KgPrefixes.Common }, TurtleWriterOptions.StreamingLayout);
                            view.Export(quads, target.Graph, http.RequestAborted);
                            writer.Flush();
                        }, http.RequestAborted).ConfigureAwait(false);
                    }
                });
            }
            finally
            {
                if (disposeHere)
                {
                    view.Dispose();
                }
            }
        }
        catch (Exception e) when (e is ProtocolError or KnowledgeGraph.Remote.RemoteStoreException or TimeoutException)
        {
            metrics.GraphStoreAnswered(error: true);
            return Failure(e);
        }
    }

    private static async Task<IResult> WriteAsync(HttpContext context, IGraphStore store, ServerOptions options, ServerMetrics metrics, ILoggerFactory logs, bool replace)
    {
        if (WriteAccess.Check(context, options) is { } refused)
        {
            metrics.GraphStoreAnswered(error: true);
            return refused;
        }

        var log = logs.CreateLogger(typeof(GraphStoreEndpoints));
        try
        {
            var target = GraphTarget.From(context.Request);
            var created = false;
            if (target.IsWholeStore)
            {
                if (replace)
                {
                    throw new ProtocolError(StatusCodes.Status400BadRequest, "PUT needs ?default or ?graph=IRI: replacing the whole store is not supported.");
                }

                // POST to the store itself creates a new graph and says where (Graph Store Protocol 5.5).
                target = new GraphTarget(new Iri($"{GraphTarget.RequestUrl(context.Request)}/graphs/{Guid.NewGuid():N}"));
                created = true;
            }

            if (SparqlProtocolRequest.MediaTypeOf(context.Request.ContentType) == "multipart/form-data")
            {
                return await WriteMultipartAsync(context, store, options, metrics, log, target, replace, created).ConfigureAwait(false);
            }

            var format = RdfNegotiation.Readable(context.Request.ContentType);
            if (format is null)
            {
                metrics.GraphStoreAnswered(error: true);
                return Problems.Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                    $"Content-Type '{context.Request.ContentType}' is not an RDF format this server reads: use one of "
                    + string.Join(", ", RdfFormat.All.Where(RdfReaders.CanRead).Select(f => f.MediaType)) + ".");
            }

            if (context.Request.ContentLength > options.MaxRequestBodyBytes)
            {
                throw new ProtocolError(StatusCodes.Status413PayloadTooLarge, $"The body is larger than the limit of {options.MaxRequestBodyBytes} bytes.");
            }

            // The parser reads synchronously on a pool thread, so the body streams into the transaction.
            context.Features.Get<IHttpBodyControlFeature>()?.AllowSynchronousIO = true;
            var graph = target.Graph!;
            var baseIri = graph is Iri iri ? iri.Value : GraphTarget.RequestUrl(context.Request);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var (existed, quads) = await Task.Run(
                () => store.Write(graph, [new RdfBody(format, context.Request.Body)], baseIri, replace, context.RequestAborted),
                context.RequestAborted).ConfigureAwait(false);
            log.LogInformation("Graph Store {Method} {Graph}: {Quads} quads in {ElapsedMs:F1} ms", context.Request.Method, target, quads,
                System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            metrics.GraphStoreAnswered(error: false);
            if (created)
            {
                return Results.Created(((Iri)graph).Value, null);
            }

            return existed ? Results.NoContent() : Results.StatusCode(StatusCodes.Status201Created);
        }
        catch (Exception e) when (e is ProtocolError or KnowledgeGraph.Remote.RemoteStoreException or TimeoutException)
        {
            metrics.GraphStoreAnswered(error: true);
            return Failure(e);
        }
        catch (RdfParseException e)
        {
            metrics.GraphStoreAnswered(error: true);
            return Problems.Create(StatusCodes.Status400BadRequest, "Malformed RDF", $"{e.Line}:{e.Column}: {e.Description}",
                new Dictionary<string, object?> { ["line"] = e.Line, ["column"] = e.Column });
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            metrics.GraphStoreAnswered(error: true);
            return Problems.Create(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The body is larger than the limit of {options.MaxRequestBodyBytes} bytes; nothing was written.");
        }
    }

    /// <summary>The answer for a failure every Graph Store method can meet: a bad request, or the remote store failing or timing out.</summary>
    private static IResult Failure(Exception e) => e switch
    {
        ProtocolError p => Problems.Create(p.Status, "Bad Graph Store request", p.Message),
        KnowledgeGraph.Remote.RemoteStoreException r => Remote.RemoteProblems.From(r),
        TimeoutException t => Remote.RemoteProblems.From(t),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e, "Not a Graph Store failure."),
    };

    /// <summary>
    /// A multipart/form-data body (Graph Store Protocol 5.5): every part is an RDF document, typed by its
    /// Content-Type or its file name; all parts go into the graph in one transaction. Parts are buffered
    /// (within the request body limit) because the multipart reader is asynchronous and the parser is not.
    /// </summary>
    private static async Task<IResult> WriteMultipartAsync(HttpContext context, IGraphStore store, ServerOptions options, ServerMetrics metrics, ILogger log,
        GraphTarget target, bool replace, bool created)
    {
        var boundary = Microsoft.Net.Http.Headers.HeaderUtilities.RemoveQuotes(
            Microsoft.Net.Http.Headers.MediaTypeHeaderValue.Parse(context.Request.ContentType).Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            throw new ProtocolError(StatusCodes.Status400BadRequest, "A multipart/form-data body needs a boundary parameter.");
        }

        var reader = new Microsoft.AspNetCore.WebUtilities.MultipartReader(boundary, context.Request.Body);
        var parts = new List<RdfBody>();
        while (await reader.ReadNextSectionAsync(context.RequestAborted).ConfigureAwait(false) is { } section)
        {
            var fileName = Microsoft.Net.Http.Headers.ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                ? disposition.FileName.Value ?? disposition.Name.Value
                : null;
            var format = RdfNegotiation.Readable(section.ContentType)
                ?? (fileName is null ? null : RdfFormat.FromFileName(fileName.Trim('"')) is { } f && RdfReaders.CanRead(f) ? f : null);
            if (format is null)
            {
                metrics.GraphStoreAnswered(error: true);
                return Problems.Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                    $"Part '{fileName}' has Content-Type '{section.ContentType}', which is not an RDF format this server reads.");
            }

            var buffer = new MemoryStream();
            await section.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            buffer.Position = 0;
            parts.Add(new RdfBody(format, buffer));
        }

        var graph = target.Graph!;
        var baseIri = graph is Iri iri ? iri.Value : GraphTarget.RequestUrl(context.Request);
        var (existed, quads) = await Task.Run(
            () => store.Write(graph, parts, baseIri, replace, context.RequestAborted), context.RequestAborted).ConfigureAwait(false);
        log.LogInformation("Graph Store {Method} {Graph}: {Quads} quads from {Parts} parts", context.Request.Method, target, quads, parts.Count);
        metrics.GraphStoreAnswered(error: false);
        if (created)
        {
            return Results.Created(((Iri)graph).Value, null);
        }

        return existed ? Results.NoContent() : Results.StatusCode(StatusCodes.Status201Created);
    }

    private static IResult DeleteAsync(HttpContext context, IGraphStore store, IOptions<ServerOptions> options, ServerMetrics metrics)
    {
        if (WriteAccess.Check(context, options.Value) is { } refused)
        {
            metrics.GraphStoreAnswered(error: true);
            return refused;
        }

        try
        {
            var target = GraphTarget.From(context.Request);
            if (target.IsWholeStore)
            {
                throw new ProtocolError(StatusCodes.Status400BadRequest, "DELETE needs ?default or ?graph=IRI.");
            }

            var dropped = store.Drop(target.Graph!, context.RequestAborted);
            metrics.GraphStoreAnswered(error: false);
            return dropped || target.IsDefault
                ? Results.NoContent()
                : Problems.Create(StatusCodes.Status404NotFound, "No such graph", $"The store has no graph {target.Graph}.");
        }
        catch (Exception e) when (e is ProtocolError or KnowledgeGraph.Remote.RemoteStoreException or TimeoutException)
        {
            metrics.GraphStoreAnswered(error: true);
            return Failure(e);
        }
    }
}
