using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Remote.Tests;

/// <summary>
/// A fake remote store on 127.0.0.1 for the client's own behaviour (retries, errors): it counts every request and
/// answers the first <c>failures</c> of them by <see cref="Behaviour"/>, then with a small valid answer.
/// </summary>
public sealed class FlakyEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private FlakyEndpoint(WebApplication app) => _app = app;

    public enum Behaviour
    {
        ServiceUnavailable,
        DropConnection,
        BadRequest,
    }

    public int Requests => Volatile.Read(ref _requests);

    public List<string> Methods { get; } = [];

    public List<string> Authorizations { get; } = [];

    public Uri Url => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/sparql");

    public static async Task<FlakyEndpoint> StartAsync(int failures, Behaviour behaviour)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var endpoint = new FlakyEndpoint(app);
        app.Run(async context =>
        {
            var n = Interlocked.Increment(ref endpoint._requests);
            lock (endpoint.Methods)
            {
                endpoint.Methods.Add(context.Request.Method);
                endpoint.Authorizations.Add(context.Request.Headers.Authorization.ToString());
            }

            if (n <= failures)
            {
                switch (behaviour)
                {
                    case Behaviour.DropConnection:
                        context.Abort();
                        return;
                    case Behaviour.BadRequest:
                        context.Response.StatusCode = 400;
                        await context.Response.WriteAsync("Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error\n\nSPARQL query:\nSELEC");
                        return;
                    default:
                        context.Response.StatusCode = 503;
                        await context.Response.WriteAsync("busy, try later");
                        return;
                }
            }

            if (HttpMethods.IsGet(context.Request.Method) || context.Request.HasFormContentType && context.Request.Form.ContainsKey("query"))
            {
                context.Response.ContentType = "application/sparql-results+json";
                await context.Response.WriteAsync("""{ "head": { "vars": ["x"] }, "results": { "bindings": [ { "x": { "type": "literal", "value": "ok" } } ] } }""");
                return;
            }

            context.Response.StatusCode = 204;
        });
        await app.StartAsync();
        return endpoint;
    }

    public RemoteStoreSettings Settings(int retries = 3) => new()
    {
        QueryEndpoint = Url,
        UpdateEndpoint = Url,
        GraphStoreEndpoint = Url,
        MaxReadRetries = retries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        Timeout = TimeSpan.FromSeconds(20),
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
