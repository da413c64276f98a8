using KnowledgeGraph.Server.Caching;
using KnowledgeGraph.Server.Diagnostics;
using KnowledgeGraph.Server.Dumps;
using KnowledgeGraph.Server.Endpoints;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.LinkedData;
using KnowledgeGraph.Server.Options;
using KnowledgeGraph.Server.Query;
using KnowledgeGraph.Server.Void;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Server;

/// <summary>
/// Builds the server: options bound from configuration (appsettings.json, environment, command line) and then
/// adjusted by the caller, the store, the services, the middleware and the endpoints. Used by Program.cs,
/// <c>kg serve</c> and the tests.
/// </summary>
public static class KnowledgeGraphServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        await using var app = Build(args);
        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }

    /// <param name="args">Command-line configuration (<c>--KnowledgeGraph:StorePath=DIR</c>, <c>--urls</c>).</param>
    /// <param name="configure">Adjusts the options after configuration is bound (kg serve's flags, tests).</param>
    /// <param name="urls">Addresses to listen on; overrides configuration (tests pass http://127.0.0.1:0).</param>
    /// <param name="services">Extra or replacing service registrations (the SPARQL processor).</param>
    public static WebApplication Build(string[] args, Action<ServerOptions>? configure = null, string? urls = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var options = builder.Configuration.GetSection(ServerOptions.Section).Get<ServerOptions>() ?? new ServerOptions();
        configure?.Invoke(options);
        builder.Services.AddSingleton<IOptions<ServerOptions>>(Microsoft.Extensions.Options.Options.Create(options));
        if (urls is not null)
        {
            builder.WebHost.UseUrls(urls);
        }

        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            k.AddServerHeader = false;
        });
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(f =>
        {
            // A form-encoded query or update may be as large as any body we accept.
            f.ValueLengthLimit = (int)Math.Min(int.MaxValue, options.MaxRequestBodyBytes);
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicies.Reads, policy =>
        {
            if (options.CorsOrigins.Count > 0)
            {
                // No Authorization header: a browser page from another origin may read, never write.
                policy.WithOrigins([.. options.CorsOrigins]).WithMethods("GET", "HEAD", "POST").WithHeaders("Accept", "Content-Type", "If-None-Match").WithExposedHeaders("ETag");
            }
        }));
        builder.Services.AddSingleton<ServerMetrics>();
        builder.Services.AddSingleton<ResultCache>();
        builder.Services.AddSingleton<SparqlServices>();
        services?.Invoke(builder.Services);
        builder.Services.AddKnowledgeGraphStore(options);
        builder.Services.TryAddSingleton<ISparqlProcessor, EngineSparqlProcessor>();

        var app = builder.Build();
        // Opens (and on first start creates and seeds) the store before the first request, so errors show at start.
        app.Services.GetRequiredService<StoreHost>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCors();
        app.MapSparqlProtocol();
        app.MapGraphStore();
        app.MapHealth();
        app.MapDumps();
        app.MapVoid();
        app.MapGraphQL();
        app.MapLinkedData();
        app.MapGet("/", () => Results.Redirect(SparqlProtocolEndpoints.Path));
        return app;
    }

    /// <summary>The first address the started server listens on (with the real port when 0 was asked for).</summary>
    public static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}
