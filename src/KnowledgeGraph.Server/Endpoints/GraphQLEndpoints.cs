using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Ontology;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Options;
using KnowledgeGraph.Server.Security;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Store.Sparql;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Server.Endpoints;

/// <summary>
/// GraphQL over HTTP at <c>/graphql</c> (GET and POST, <c>application/graphql-response+json</c>, ETag on GET), the SDL
/// at <c>/graphql/schema.graphql</c> and GraphiQL for browsers (<see cref="GraphiQLPage"/>, bundled at build time).
/// The schema is built once from the ontology folder (<c>KnowledgeGraph:OntologyDirectory</c>, else the nearest
/// <c>ontology/kg.ttl</c> above the app; classes in <c>KnowledgeGraph:OntologyNamespace</c>, kg: by default);
/// each request reads one store snapshot, whose version keys the response cache. <c>?explain=true</c> or the header
/// <c>X-KG-Explain: true</c> adds <c>extensions.sparql</c> unless <c>KnowledgeGraph:GraphQLExplain</c> is false.
/// </summary>
public static class GraphQLEndpoints
{
    public const string Path = "/graphql";
    public const string MediaType = "application/graphql-response+json";

    public static WebApplication MapGraphQL(this WebApplication app)
    {
        var directory = app.Configuration["KnowledgeGraph:OntologyDirectory"] ?? FindOntology();
        var explainAllowed = !string.Equals(app.Configuration["KnowledgeGraph:GraphQLExplain"], "false", StringComparison.OrdinalIgnoreCase);
        KgGraphQLService? service = null;
        string? unavailable = null;
        try
        {
            service = directory is null
                ? null
                : new KgGraphQLService(OntologyLoader.LoadDirectory(directory, app.Configuration["KnowledgeGraph:OntologyNamespace"]), runner: null, MutationOptions(app.Configuration));
            unavailable = directory is null ? "No ontology folder: set KnowledgeGraph:OntologyDirectory to the folder holding kg.ttl." : null;
        }
        catch (Exception e) when (e is IOException or KnowledgeGraph.Rdf.RdfParseException or UnauthorizedAccessException)
        {
            unavailable = "The ontology could not be read: " + e.Message;
        }

        if (service is not null)
        {
            app.Lifetime.ApplicationStopped.Register(service.Dispose);
            app.Services.GetRequiredService<KnowledgeGraph.Server.Diagnostics.ServerMetrics>().GraphQL = service.Metrics;
        }

        var page = GraphiQLPage.Load();
        page.MapAssets(app);

        app.MapGet(Path + "/schema.graphql", () => service is null
            ? Results.Problem(unavailable, statusCode: 503)
            : Results.Text(service.Sdl, "text/plain; charset=utf-8"));

        app.MapGet(Path, async (HttpContext http) =>
        {
            var q = http.Request.Query;
            if (string.IsNullOrEmpty(q["query"]) && http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal))
            {
                return page.Page(http);
            }

            return await Execute(http, service, unavailable, q["query"], q["operationName"], q["variables"], Explain(http, explainAllowed), isGet: true).ConfigureAwait(false);
        });

        app.MapPost(Path, async (HttpContext http) =>
        {
            string? query;
            string? operationName = null;
            string? variables = null;
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
            if (http.Request.ContentType?.StartsWith("application/graphql", StringComparison.OrdinalIgnoreCase) == true
                && !http.Request.ContentType.StartsWith("application/graphql-response", StringComparison.OrdinalIgnoreCase))
            {
                query = body;
            }
            else
            {
                try
                {
                    using var json = JsonDocument.Parse(body);
                    var root = json.RootElement;
                    query = root.TryGetProperty("query", out var qe) ? qe.GetString() : null;
                    operationName = root.TryGetProperty("operationName", out var oe) && oe.ValueKind == JsonValueKind.String ? oe.GetString() : null;
                    variables = root.TryGetProperty("variables", out var ve) && ve.ValueKind == JsonValueKind.Object ? ve.GetRawText() : null;
                }
                catch (JsonException e)
                {
                    return Results.Problem("The body is not a GraphQL request in JSON ({\"query\": ...}): " + e.Message, statusCode: 400);
                }
            }

            return await Execute(http, service, unavailable, query, operationName, variables, Explain(http, explainAllowed), isGet: false).ConfigureAwait(false);
        });
        return app;
    }

    private static bool Explain(HttpContext http, bool allowed) =>
        allowed && (string.Equals(http.Request.Query["explain"], "true", StringComparison.OrdinalIgnoreCase)
            || string.Equals(http.Request.Headers["X-KG-Explain"], "true", StringComparison.OrdinalIgnoreCase));

    private static async Task<IResult> Execute(HttpContext http, KgGraphQLService? service, string? unavailable, string? query, string? operationName, string? variables, bool explain, bool isGet)
    {
        if (service is null)
        {
            return Results.Problem(unavailable, statusCode: 503);
        }

        if (string.IsNullOrWhiteSpace(query))
        {
            return Results.Problem("A GraphQL request needs a 'query'.", statusCode: 400);
        }

        var store = http.RequestServices.GetRequiredService<StoreHost>();
        var options = http.RequestServices.GetRequiredService<IOptions<ServerOptions>>().Value;
        if (service.IsMutation(query, operationName))
        {
            return await ExecuteMutation(http, service, store, options, query, operationName, variables, explain, isGet).ConfigureAwait(false);
        }

        // The runner comes from the store selection (embedded snapshot or remote store), registered in DI.
        GraphQLResponse response;
        using (var lease = http.RequestServices.GetRequiredService<ISparqlRunnerSource>().Open())
        {
            response = await service.ExecuteAsync(query, operationName, variables, explain, http.RequestAborted, lease.Runner, lease.Version).ConfigureAwait(false);
        }

        var hasData = response.Json.Contains("\"data\":", StringComparison.Ordinal);
        if (isGet && hasData)
        {
            var etag = "\"" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(response.Json)))[..32] + "\"";
            http.Response.Headers.ETag = etag;
            if (http.Request.Headers.IfNoneMatch.ToString().Contains(etag, StringComparison.Ordinal))
            {
                return Results.StatusCode(304);
            }
        }

        // GraphQL over HTTP: a request error (no "data" at all) is a 400 with the GraphQL response media type.
        return Results.Text(response.Json, MediaType, Encoding.UTF8, hasData ? 200 : 400);
    }

    /// <summary>
    /// Mutations: POST only (GraphQL over HTTP: 405 on GET), and only with the write token under the same rules as
    /// SPARQL Update (<see cref="WriteAccess"/>: 401 without or with a wrong token, 403 read-only or no token
    /// configured), refused as a GraphQL error before anything runs. Reads and the write go through a
    /// <see cref="StoreMutationSession"/> (fresh snapshot per read, one write transaction checked against the version read).
    /// </summary>
    private static async Task<IResult> ExecuteMutation(HttpContext http, KgGraphQLService service, StoreHost store, ServerOptions options,
        string query, string? operationName, string? variables, bool explain, bool isGet)
    {
        if (isGet)
        {
            http.Response.Headers.Allow = "POST";
            return GraphQLError(StatusCodes.Status405MethodNotAllowed, "METHOD_NOT_ALLOWED", "Mutations are accepted with POST only (GraphQL over HTTP), never with GET.");
        }

        if (WriteAccess.Check(http, options) is { } refused)
        {
            var status = (refused as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status403Forbidden;
            var detail = (refused as Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult)?.ProblemDetails.Detail ?? "Writes are refused.";
            return GraphQLError(status, status == StatusCodes.Status401Unauthorized ? "UNAUTHORIZED" : "FORBIDDEN", detail + " Nothing was written.");
        }

        // The session comes from the store selection (embedded or remote), registered in DI.
        var session = http.RequestServices.GetRequiredService<IMutationSessionSource>().Open();
        var response = await service.ExecuteAsync(query, operationName, variables, explain, http.RequestAborted, session.Reads, session.Version, session.Writes).ConfigureAwait(false);
        var hasData = response.Json.Contains("\"data\":", StringComparison.Ordinal);
        return Results.Text(response.Json, MediaType, Encoding.UTF8, hasData ? 200 : 400);
    }

    private static IResult GraphQLError(int status, string code, string message) =>
        Results.Text(JsonSerializer.Serialize(new { errors = new[] { new { message, extensions = new { code } } } }), MediaType, Encoding.UTF8, status);

    /// <summary>Where mutations write: <c>KnowledgeGraph:GraphQLEditGraph</c>, <c>KnowledgeGraph:GraphQLInstanceBase</c>.</summary>
    private static GraphQLServiceOptions MutationOptions(IConfiguration configuration)
    {
        var settings = new KnowledgeGraph.GraphQL.Mutations.MutationSettings();
        var instanceBase = configuration["KnowledgeGraph:GraphQLInstanceBase"] ?? settings.InstanceBase;
        return new GraphQLServiceOptions
        {
            Mutations = new()
            {
                InstanceBase = instanceBase,
                EditGraph = configuration["KnowledgeGraph:GraphQLEditGraph"] ?? instanceBase + "graph/graphql-edits",
                EditAgent = instanceBase + "agent/write-token-holder",
            },
        };
    }

    private static string? FindOntology()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "ontology");
            if (File.Exists(System.IO.Path.Combine(candidate, "kg.ttl")))
            {
                return candidate;
            }
        }

        return null;
    }
}
