using System.Net.Http.Headers;
using System.Text;
using KnowledgeGraph.Server;
using KnowledgeGraph.Server.Options;
using Microsoft.AspNetCore.Builder;

namespace KnowledgeGraph.Server.Tests;

/// <summary>
/// A real server for one test: Kestrel on 127.0.0.1 (a free port) over a real LMDB store in a temporary folder,
/// with an update token configured unless the test says otherwise.
/// </summary>
public sealed class RunningServer : IAsyncDisposable
{
    public const string Token = "s3cret-test-token";

    private RunningServer(WebApplication app, string folder)
    {
        App = app;
        Folder = folder;
        Client = new HttpClient { BaseAddress = KnowledgeGraphServer.Address(app), Timeout = TimeSpan.FromSeconds(60) };
    }

    public WebApplication App { get; }

    public string Folder { get; }

    public HttpClient Client { get; }

    public static async Task<RunningServer> StartAsync(Action<ServerOptions>? configure = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "kg-server-tests", Guid.NewGuid().ToString("N"));
        var app = KnowledgeGraphServer.Build(
            ["--Logging:LogLevel:Default=Warning"],
            o =>
            {
                o.StoreKind = StoreKind.Lmdb;
                o.StorePath = Path.Combine(folder, "store");
                o.UpdateToken = Token;
                configure?.Invoke(o);
            },
            "http://127.0.0.1:0");
        await app.StartAsync();
        return new RunningServer(app, folder);
    }

    /// <summary>A request with the update token.</summary>
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

    public async Task<HttpResponseMessage> PutAsync(string graphQuery, string turtle, string contentType = "text/turtle") =>
        await Client.SendAsync(Authorized(HttpMethod.Put, "/store?" + graphQuery, turtle, contentType));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
