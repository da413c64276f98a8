using System.Text;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Options;
using KnowledgeGraph.Server.Protocol;
using KnowledgeGraph.Server.Query;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Expressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>
/// Dereferenceable instance IRIs: GET and HEAD on <c>{InstancePath}{rest}</c> answer for the stored IRI
/// <c>{InstanceBase}{rest}</c> in the representation content negotiation (or a file extension) picks, with
/// <c>Vary</c>, an <c>ETag</c> from the dataset version (304 on <c>If-None-Match</c>), <c>Link</c> headers to the other
/// representations and the SPARQL endpoint, 404 for IRIs the store does not know and 406 for types we cannot give.
/// The instance path itself is the index page, and <c>/search?q=</c> the search page.
/// </summary>
public static class LinkedDataEndpoints
{
    public const string SearchPath = "/search";

    public static WebApplication MapLinkedData(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ServerOptions>>().Value;
        var iris = new InstanceIris(options);
        var context = new OntologyContext(app.Configuration["KnowledgeGraph:OntologyDirectory"]);
        var handler = new Handler(iris, new DescriptionWriter(iris, context), new EntityPage(iris), new IndexPage(iris), new SearchPage(iris));
        app.MapMethods(iris.Path + "{**rest}", [HttpMethods.Get, HttpMethods.Head], handler.EntityAsync).RequireCors(Endpoints.CorsPolicies.Reads);
        // Routing ignores a trailing slash, so this one route answers /id and /id/: only the first is redirected.
        app.MapMethods(iris.Path.TrimEnd('/'), [HttpMethods.Get, HttpMethods.Head], (HttpContext http) =>
            http.Request.Path.Value?.EndsWith('/') == true ? handler.EntityAsync(http) : Results.Redirect(iris.Path).ExecuteAsync(http))
            .RequireCors(Endpoints.CorsPolicies.Reads);
        app.MapMethods(SearchPath, [HttpMethods.Get, HttpMethods.Head], handler.SearchAsync);
        return app;
    }

    private sealed class Handler(InstanceIris iris, DescriptionWriter writer, EntityPage entityPage, IndexPage indexPage, SearchPage searchPage)
    {
        public async Task EntityAsync(HttpContext http)
        {
            var rest = LocalRest(http);
            if (rest.Length == 0)
            {
                await RunAsync(http, sparql => Send(http, Encoding.UTF8.GetBytes(indexPage.Render(sparql)), Representation.Html.ContentType)).ConfigureAwait(false);
                return;
            }

            var accept = http.Request.Headers.Accept.ToString();
            var extension = Path.GetExtension(rest);
            var byExtension = extension.Length > 0 ? Representation.FromExtension(extension) : null;
            var representation = byExtension ?? Representation.Negotiate(accept);
            var candidates = iris.Candidates(byExtension is null ? rest : rest[..^extension.Length]);
            if (byExtension is null)
            {
                http.Response.Headers.Vary = "Accept";
            }

            if (representation is null)
            {
                await Problems.Create(StatusCodes.Status406NotAcceptable, "Not acceptable",
                    $"An entity can be given as {string.Join(", ", Representation.All.Select(r => r.MediaType))} (or asked for by extension: {string.Join(", ", Representation.All.Select(r => r.Extension))}), not as '{accept}'.")
                    .ExecuteAsync(http).ConfigureAwait(false);
                return;
            }

            await RunAsync(http, sparql =>
            {
                var description = Describe(sparql, candidates);
                if (description is null && byExtension is not null && Describe(sparql, iris.Candidates(rest)) is { } whole)
                {
                    // An IRI that itself ends in one of our extensions is served by content negotiation.
                    description = whole;
                    representation = Representation.Negotiate(accept) ?? Representation.Turtle;
                    byExtension = null;
                    http.Response.Headers.Vary = "Accept";
                }

                if (description is null)
                {
                    return NotFound(http, candidates.FirstOrDefault()?.Value ?? iris.Base + rest, accept);
                }

                var local = InstanceIris.EncodeNonAscii(iris.LocalPath(description.Entity)!);
                var framed = representation == Representation.JsonLd && JsonLdProfile.WantsFramed(accept, http.Request.Query["profile"]);
                var etag = sparql.Version is { } version
                    ? ETags.For(http.RequestServices.GetRequiredService<StoreHost>().InstanceTag, version, "linked-data", description.Entity.Value, representation.MediaType + (framed ? " framed" : ""))
                    : null;
                http.Response.Headers.Link = LinkHeader(local, representation);
                if (byExtension is null)
                {
                    http.Response.Headers.ContentLocation = local + representation.Extension;
                }

                if (etag is not null)
                {
                    http.Response.Headers.ETag = etag;
                    if (ETags.Matches(http.Request.Headers.IfNoneMatch, etag))
                    {
                        http.Response.StatusCode = StatusCodes.Status304NotModified;
                        return Task.CompletedTask;
                    }
                }

                byte[] body;
                if (representation.IsHtml)
                {
                    body = Encoding.UTF8.GetBytes(entityPage.Render(EntityPageBuilder.Build(sparql, description)));
                }
                else
                {
                    using var buffer = new MemoryStream();
                    using (var text = new StreamWriter(buffer, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
                    {
                        if (framed)
                        {
                            DescriptionWriter.WriteFramed(description, text);
                        }
                        else
                        {
                            writer.Write(description, representation.Format!, text);
                        }
                    }

                    body = buffer.ToArray();
                }

                return Send(http, body, framed ? $"{representation.MediaType}; profile=\"{JsonLdProfile.Framed}\"; charset=utf-8" : representation.ContentType);
            }).ConfigureAwait(false);
        }

        public Task SearchAsync(HttpContext http) =>
            RunAsync(http, sparql => Send(http, Encoding.UTF8.GetBytes(searchPage.Render(sparql, http.Request.Query["q"])), Representation.Html.ContentType));

        private static EntityDescription? Describe(SparqlReader sparql, IReadOnlyList<Iri> candidates)
        {
            foreach (var iri in candidates)
            {
                if (EntityDescriber.Describe(sparql, iri) is { } description)
                {
                    return description;
                }
            }

            return null;
        }

        /// <summary>The request path after the instance path, as sent (percent-encoding kept, so it matches stored IRIs).</summary>
        private string LocalRest(HttpContext http)
        {
            var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.Value ?? string.Empty;
            var query = raw.IndexOf('?', StringComparison.Ordinal);
            if (query >= 0)
            {
                raw = raw[..query];
            }

            if (!raw.StartsWith(iris.Path, StringComparison.Ordinal))
            {
                raw = http.Request.Path.Value ?? string.Empty;
            }

            return raw.Length > iris.Path.Length ? raw[iris.Path.Length..] : string.Empty;
        }

        private static string LinkHeader(string local, Representation current)
        {
            var links = Representation.All
                .Where(r => r != current)
                .Select(r => $"<{local}{r.Extension}>; rel=\"alternate\"; type=\"{r.MediaType}\"")
                .Append($"<{Endpoints.SparqlProtocolEndpoints.Path}>; rel=\"http://rdfs.org/ns/void#sparqlEndpoint\"");
            return string.Join(", ", links);
        }

        private Task NotFound(HttpContext http, string iri, string accept)
        {
            http.Response.Headers.Remove("ETag");
            if (Representation.Negotiate(accept)?.IsHtml == true || accept.Contains("text/html", StringComparison.OrdinalIgnoreCase))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Send(http, Encoding.UTF8.GetBytes(NotFoundPage.Render(iri, iris.Path)), Representation.Html.ContentType, StatusCodes.Status404NotFound);
            }

            return Problems.Create(StatusCodes.Status404NotFound, "Not found", $"The store has no statement about <{iri}>.").ExecuteAsync(http);
        }

        private static async Task Send(HttpContext http, byte[] body, string contentType, int status = StatusCodes.Status200OK)
        {
            http.Response.StatusCode = status;
            http.Response.ContentType = contentType;
            http.Response.ContentLength = body.Length;
            if (!HttpMethods.IsHead(http.Request.Method))
            {
                await http.Response.Body.WriteAsync(body, http.RequestAborted).ConfigureAwait(false);
            }
        }

        /// <summary>Runs the page's SPARQL work off the request thread under the query timeout; a timeout is a 503.</summary>
        private static async Task RunAsync(HttpContext http, Func<SparqlReader, Task> work)
        {
            var services = http.RequestServices;
            var options = services.GetRequiredService<IOptions<ServerOptions>>().Value;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
            timeout.CancelAfter(options.QueryTimeout);
            try
            {
                await Task.Run(async () =>
                {
                    using var sparql = new SparqlReader(services.GetRequiredService<StoreHost>(), services.GetRequiredService<ISparqlProcessor>(), options.QueryTimeout, timeout.Token);
                    await work(sparql).ConfigureAwait(false);
                }, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or QueryTimeoutException or QueryLimitException && !http.RequestAborted.IsCancellationRequested && !http.Response.HasStarted)
            {
                await Problems.Create(StatusCodes.Status503ServiceUnavailable, "Timeout",
                    $"Describing this entity took longer than the server's limit of {options.QueryTimeout.TotalSeconds:0.#} s.").ExecuteAsync(http).ConfigureAwait(false);
            }
        }
    }
}
