using System.Net.Http.Headers;
using System.Text;
using KnowledgeGraph.Server;
using KnowledgeGraph.Server.Options;
using Microsoft.AspNetCore.Builder;

namespace KnowledgeGraph.Remote.Tests;

/// <summary>Starts real servers (Kestrel on 127.0.0.1, a free port): one on the embedded store, one on a remote store.</summary>
public static class Servers
{
    public const string Token = "remote-test-token";

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }

    public static IReadOnlyList<string> SeedFiles() =>
        [.. Directory.GetFiles(Path.Combine(RepoRoot(), "seed-data"), "*.trig").Order(StringComparer.Ordinal)];

    /// <summary>The embedded server: an in-memory store seeded with seed-data/, union default graph for queries.</summary>
    public static Task<RunningApp> StartEmbeddedAsync(bool unionDefaultGraph = true) => StartAsync(o =>
    {
        o.StoreKind = StoreKind.Memory;
        o.SeedDirectory = Path.Combine(RepoRoot(), "seed-data");
        o.UnionDefaultGraph = unionDefaultGraph;
    });

    /// <summary>A server on the given Virtuoso.</summary>
    public static Task<RunningApp> StartRemoteAsync(VirtuosoInstance virtuoso, Action<RemoteStoreOptions>? remote = null, bool unionDefaultGraph = true) => StartAsync(o =>
    {
        o.Store.Kind = StoreMode.Remote;
        o.UnionDefaultGraph = unionDefaultGraph;
        var r = o.Store.Remote;
        r.QueryEndpoint = virtuoso.QueryEndpoint.ToString();
        r.UpdateEndpoint = virtuoso.UpdateEndpoint.ToString();
        r.GraphStoreEndpoint = virtuoso.GraphStoreEndpoint.ToString();
        r.Auth = RemoteAuthScheme.Digest;
        r.User = VirtuosoInstance.User;
        r.Password = VirtuosoInstance.Password;
        r.Dialect = "virtuoso";
        remote?.Invoke(r);
    });

    public static async Task<RunningApp> StartAsync(Action<ServerOptions> configure)
    {
        var app = KnowledgeGraphServer.Build(
            ["--Logging:LogLevel:Default=Warning", "--KnowledgeGraph:OntologyDirectory=" + Path.Combine(RepoRoot(), "ontology")],
            o =>
            {
                o.UpdateToken = Token;
                configure(o);
            },
            "http://127.0.0.1:0");
        await app.StartAsync();
        return new RunningApp(app);
    }

    public static HttpRequestMessage Authorized(HttpMethod method, string path, string? body = null, string? contentType = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType ?? "text/turtle");
        }

        return request;
    }
}

/// <summary>A started server and a client for it.</summary>
public sealed class RunningApp(WebApplication app) : IAsyncDisposable
{
    public WebApplication App { get; } = app;

    public HttpClient Client { get; } = new() { BaseAddress = KnowledgeGraphServer.Address(app), Timeout = TimeSpan.FromSeconds(120) };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
