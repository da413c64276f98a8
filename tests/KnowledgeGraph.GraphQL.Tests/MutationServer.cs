using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Server;
using KnowledgeGraph.Server.Options;
using Microsoft.AspNetCore.Builder;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>
/// A real server for the mutation tests: Kestrel on 127.0.0.1 over a real LMDB store in a temporary folder, seeded
/// with the seed articles, with the repository's ontology and a write token.
/// </summary>
public sealed class MutationServer : IAsyncLifetime
{
    public const string Token = "graphql-write-token";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kg-graphql-mutations", Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public WebApplication App => _app ?? throw new InvalidOperationException("The server has not started.");

    public static async Task<(WebApplication App, HttpClient Client)> StartAsync(string folder, Action<ServerOptions>? configure = null)
    {
        var root = SeedFixture.RepoRoot();
        var app = KnowledgeGraphServer.Build(
            ["--Logging:LogLevel:Default=Warning", "--KnowledgeGraph:OntologyDirectory=" + Path.Combine(root, "ontology")],
            o =>
            {
                o.StoreKind = StoreKind.Lmdb;
                o.StorePath = Path.Combine(folder, "store");
                o.SeedDirectory = Path.Combine(root, "seed-data");
                o.UpdateToken = Token;
                configure?.Invoke(o);
            },
            "http://127.0.0.1:0");
        await app.StartAsync();
        return (app, new HttpClient { BaseAddress = KnowledgeGraphServer.Address(app), Timeout = TimeSpan.FromSeconds(60) });
    }

    public async Task InitializeAsync() => (_app, Client) = await StartAsync(_folder);

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        DeleteFolder(_folder);
    }

    public static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>POSTs a GraphQL request (with the token unless told otherwise); returns the status and the parsed body.</summary>
    public static async Task<(int Status, JsonElement Body)> PostAsync(HttpClient client, string query, object? variables = null, string? token = Token, string path = "/graphql")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    public Task<(int Status, JsonElement Body)> PostAsync(string query, object? variables = null, string? token = Token, string path = "/graphql") =>
        PostAsync(Client, query, variables, token, path);

    /// <summary>The "data" of a successful request; fails the test with the body otherwise.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null, string path = "/graphql")
    {
        var (status, body) = await PostAsync(query, variables, Token, path);
        Assert.True(status == 200 && !body.TryGetProperty("errors", out _), $"HTTP {status}: {body}");
        return body.GetProperty("data");
    }

    /// <summary>Every quad of the store (default graph and named graphs), counted through SPARQL.</summary>
    public static async Task<long> CountQuadsAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sparql")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["query"] = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }",
            }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/sparql-results+json"));
        using var response = await client.SendAsync(request);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return long.Parse(json.GetProperty("results").GetProperty("bindings")[0].GetProperty("n").GetProperty("value").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<long> CountQuadsAsync() => CountQuadsAsync(Client);
}
