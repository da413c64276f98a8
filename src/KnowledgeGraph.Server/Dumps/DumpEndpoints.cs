using System.IO.Compression;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Formats.Writers;
using KnowledgeGraph.Server.Diagnostics;
using KnowledgeGraph.Server.Endpoints;
using KnowledgeGraph.Server.Graphs;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Protocol;
using KnowledgeGraph.Server.Query;
using KnowledgeGraph.Sparql.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using KnowledgeGraph.Domain.Vocabulary;

namespace KnowledgeGraph.Server.Dumps;

/// <summary>
/// <c>/dump</c> (negotiated), <c>/dump.nq.gz</c> and <c>/dump.trig.gz</c>: the whole dataset, or one graph with
/// <c>?graph=IRI</c> / <c>?default</c>, gzipped, streamed row by row from a SPARQL SELECT through
/// <see cref="ISparqlProcessor"/> (memory does not grow with the dataset). The body is the RDF format with
/// <c>Content-Encoding: gzip</c>; <c>ETag</c> follows the dataset version and <c>If-None-Match</c> answers 304.
/// </summary>
public static class DumpEndpoints
{
    public const string Path = "/dump";

    /// <summary>Namespaces written as prefixes in TriG dumps (N-Quads has none).</summary>
    private static readonly RdfWriterOptions TriGPrefixes = new()
    {
        Prefixes = KgPrefixes.Copy(),
    };

    public static IEndpointRouteBuilder MapDumps(this IEndpointRouteBuilder app)
    {
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods(Path, methods, (HttpContext c, SparqlServices s) => DumpAsync(c, s, DumpFormat.Negotiate(c.Request.Headers.Accept))).RequireCors(CorsPolicies.Reads);
        foreach (var format in DumpFormat.All)
        {
            app.MapMethods(Path + format.Suffix, methods, (HttpContext c, SparqlServices s) => DumpAsync(c, s, format)).RequireCors(CorsPolicies.Reads);
        }

        return app;
    }

    private static async Task<IResult> DumpAsync(HttpContext context, SparqlServices services, DumpFormat? format)
    {
        var metrics = services.Metrics;
        var log = services.Logs.CreateLogger(typeof(DumpEndpoints));
        context.Response.Headers.Vary = "Accept";
        if (format is null)
        {
            metrics.GraphStoreAnswered(error: true);
            return Problems.Create(StatusCodes.Status406NotAcceptable, "Not acceptable",
                $"Dumps are gzipped N-Quads ({RdfFormat.NQuads.MediaType}, {Path}{DumpFormat.NQuads.Suffix}) or TriG ({RdfFormat.TriG.MediaType}, {Path}{DumpFormat.TriG.Suffix}); the Accept header '{context.Request.Headers.Accept}' takes neither.");
        }

        GraphTarget target;
        try
        {
            target = GraphTarget.From(context.Request);
        }
        catch (ProtocolError e)
        {
            metrics.GraphStoreAnswered(error: true);
            return Problems.Create(e.Status, "Bad dump request", e.Message);
        }

        var processor = services.Processor;
        // A dump reads the default graph as stored, never the union view (which would repeat the named graphs).
        var (snapshot, version) = services.Store.OpenSnapshot(unionDefaultGraph: false);
        var disposeHere = true;
        try
        {
            if (target.Graph is Iri graph && !Exists(processor, snapshot, graph, context.RequestAborted))
            {
                metrics.GraphStoreAnswered(error: false);
                return Problems.Create(StatusCodes.Status404NotFound, "No such graph", $"The dataset has no graph {target} (or it is empty).");
            }

            if (version is { } v)
            {
                var etag = ETags.For(services.Store.InstanceTag, v, "dump", target.ToString(), format.Rdf.MediaType);
                context.Response.Headers.ETag = etag;
                if (ETags.Matches(context.Request.Headers.IfNoneMatch, etag))
                {
                    metrics.NotModified();
                    metrics.GraphStoreAnswered(error: false);
                    return Results.StatusCode(StatusCodes.Status304NotModified);
                }
            }

            var slug = target.Graph switch
            {
                null => null,
                DefaultGraph => "default",
                Iri iri => Slug(iri.Value),
                _ => null,
            };
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"{format.FileName(slug)}\"";
            context.Response.Headers.ContentEncoding = "gzip";
            metrics.GraphStoreAnswered(error: false);
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Response.ContentType = RdfNegotiation.ContentType(format.Rdf);
                return Results.Empty;
            }

            disposeHere = false;
            return new StreamedResult(RdfNegotiation.ContentType(format.Rdf), async (http, body) =>
            {
                using (snapshot)
                {
                    var quads = 0L;
                    var clock = System.Diagnostics.Stopwatch.StartNew();
                    await Task.Run(() => quads = Write(processor, snapshot, target.Graph, format, body, http.RequestAborted), http.RequestAborted).ConfigureAwait(false);
                    log.LogInformation("Dump of {Target} as {Format}: {Quads} quads in {ElapsedMs:F0} ms", target, format.Rdf.DisplayName, quads, clock.Elapsed.TotalMilliseconds);
                }
            });
        }
        finally
        {
            if (disposeHere)
            {
                snapshot.Dispose();
            }
        }
    }

    /// <summary>Streams the query's rows through the writer into gzip into the response; returns how many quads went out.</summary>
    private static long Write(ISparqlProcessor processor, Store.IStoreSnapshot snapshot, Term? graph, DumpFormat format, Stream body, CancellationToken cancel)
    {
        var text = graph is null ? DumpQueries.Dataset : DumpQueries.Graph(graph);
        var rows = (SolutionSequence)processor.Evaluate(processor.PrepareQuery(text, null), Execution(snapshot, cancel));
        using var gzip = new GZipStream(body, CompressionLevel.Fastest, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false), 1 << 16);
        long count = 0;
        using (var quads = format == DumpFormat.TriG
            ? RdfWriters.Create(RdfFormat.TriG, writer, TriGPrefixes, TurtleWriterOptions.StreamingLayout)
            : RdfWriters.Create(RdfFormat.NQuads, writer))
        {
            foreach (var quad in SolutionQuads.From(rows, graph ?? DefaultGraph.Instance, cancel))
            {
                quads.Write(quad);
                count++;
            }
        }

        writer.Flush();
        return count;
    }

    private static bool Exists(ISparqlProcessor processor, Store.IStoreSnapshot snapshot, Iri graph, CancellationToken cancel) =>
        processor.Evaluate(processor.PrepareQuery(DumpQueries.GraphExists(graph), null), Execution(snapshot, cancel)) is BooleanResult { Value: true };

    /// <summary>
    /// Dumps are not cut by the query timeout (a large dataset takes as long as it takes); they stop when the client
    /// goes away. The engine needs a finite deadline, so it gets a day.
    /// </summary>
    private static QueryExecution Execution(Store.IStoreSnapshot snapshot, CancellationToken cancel) =>
        new(snapshot, ProtocolDataset.Unspecified, TimeSpan.FromDays(1), ServicePolicy: null, cancel);

    /// <summary>A file-name-safe form of a graph IRI's last segment.</summary>
    private static string Slug(string iri)
    {
        var last = iri.TrimEnd('/', '#');
        last = last[(last.LastIndexOfAny(['/', '#', ':']) + 1)..];
        var slug = new string(last.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
        return slug.Length == 0 ? "graph" : slug;
    }
}
