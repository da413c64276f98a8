using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Server.Endpoints;
using KnowledgeGraph.Server.Options;
using KnowledgeGraph.Server.Protocol;
using KnowledgeGraph.Server.Query;
using KnowledgeGraph.Sparql.Expressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Server.Void;

/// <summary>
/// <c>/.well-known/void</c>: the VoID description of the dataset (RFC 5785 well-known location, VoID §7.2), Turtle by
/// default and any other RDF format we write by <c>Accept</c> (JSON-LD, N-Triples, RDF/XML...). Counts come from
/// SPARQL aggregates (<see cref="VoidStatistics"/>), computed once per dataset version; <c>ETag</c>/304 as elsewhere.
/// </summary>
public static class VoidEndpoints
{
    public const string Path = "/.well-known/void";

    /// <summary>The instance IRI prefix when the configuration names none (the seed files' @base).</summary>
    public const string DefaultUriSpace = "https://w3id.org/newskg/id/";

    public static IEndpointRouteBuilder MapVoid(this IEndpointRouteBuilder app)
    {
        // One cache per application (never static): tests start several servers in one process.
        var cache = new VoidCache();
        var uriSpace = app.ServiceProvider.GetRequiredService<IConfiguration>()[$"{ServerOptions.Section}:InstanceBase"] ?? DefaultUriSpace;
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], (HttpContext c, SparqlServices s) => Describe(c, s, cache, uriSpace)).RequireCors(CorsPolicies.Reads);
        return app;
    }

    private static IResult Describe(HttpContext context, SparqlServices services, VoidCache cache, string uriSpace)
    {
        context.Response.Headers.Vary = "Accept";
        var format = RdfNegotiation.Choose(context.Request.Headers.Accept, RdfFormat.Turtle);
        if (format is null)
        {
            return Problems.Create(StatusCodes.Status406NotAcceptable, "Not acceptable",
                $"The VoID description is RDF: accept one of {string.Join(", ", RdfWriters.Supported.Select(f => f.MediaType))}.");
        }

        var serverBase = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        var (snapshot, version) = services.Store.OpenSnapshot(unionDefaultGraph: false);
        using (snapshot)
        {
            if (version is { } v)
            {
                var etag = ETags.For(services.Store.InstanceTag, v, "void", serverBase, uriSpace, format.MediaType);
                context.Response.Headers.ETag = etag;
                if (ETags.Matches(context.Request.Headers.IfNoneMatch, etag))
                {
                    services.Metrics.NotModified();
                    return Results.StatusCode(StatusCodes.Status304NotModified);
                }
            }

            VoidStatistics statistics;
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
                timeout.CancelAfter(services.Options.QueryTimeout);
                statistics = cache.Get(services.Store.InstanceTag, version, () => VoidStatistics.Compute(services.Processor,
                    () => new QueryExecution(snapshot, ProtocolDataset.Unspecified, services.Options.QueryTimeout, ServicePolicy: null, timeout.Token)));
            }
            catch (Exception e) when (e is OperationCanceledException or QueryTimeoutException && !context.RequestAborted.IsCancellationRequested)
            {
                services.Logs.CreateLogger(typeof(VoidEndpoints)).LogWarning("VoID statistics stopped at the query timeout");
                return Problems.Create(StatusCodes.Status503ServiceUnavailable, "VoID statistics timed out",
                    $"Counting the dataset took longer than the query timeout of {services.Options.QueryTimeout.TotalSeconds:0.#} s.");
            }

            var text = new StringWriter();
            using (var writer = RdfWriters.Create(format, text, new RdfWriterOptions { Prefixes = VoidDescription.Prefixes }))
            {
                foreach (var quad in VoidDescription.Build(statistics, serverBase, uriSpace))
                {
                    writer.Write(quad);
                }
            }

            var contentType = RdfNegotiation.ContentType(format);
            return HttpMethods.IsHead(context.Request.Method)
                ? Results.Text(string.Empty, contentType)
                : Results.Text(text.ToString(), contentType, Encoding.UTF8);
        }
    }
}
