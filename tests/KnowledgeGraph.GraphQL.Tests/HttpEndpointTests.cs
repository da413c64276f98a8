using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Server;
using KnowledgeGraph.Server.Options;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>GraphQL over HTTP on the real server (memory store seeded with the seed articles).</summary>
public sealed class HttpEndpointTests
{
    private static async Task<(Microsoft.AspNetCore.Builder.WebApplication App, HttpClient Client)> StartAsync()
    {
        var root = SeedFixture.RepoRoot();
        var app = KnowledgeGraphServer.Build(
            ["--Logging:LogLevel:Default=Warning", "--KnowledgeGraph:OntologyDirectory=" + Path.Combine(root, "ontology")],
            o =>
            {
                o.StoreKind = StoreKind.Memory;
                o.SeedDirectory = Path.Combine(root, "seed-data");
            },
            "http://127.0.0.1:0");
        await app.StartAsync();
        return (app, new HttpClient { BaseAddress = KnowledgeGraphServer.Address(app) });
    }

    [Fact]
    public async Task Schema_post_get_etag_and_explain()
    {
        var (app, client) = await StartAsync();
        await using var _ = app;
        using var __ = client;

        var sdl = await client.GetStringAsync("/graphql/schema.graphql");
        Assert.Contains("interface Actor implements Entity", sdl);

        var body = JsonSerializer.Serialize(new { query = "query($t: String!) { search(text: $t, types: [\"ArmedGroup\"]) { node { id } } }", variables = new { t = "taliban" } });
        using var post = await client.PostAsync("/graphql?explain=true", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal("application/graphql-response+json", post.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await post.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("https://w3id.org/newskg/id/actor/taliban", json.GetProperty("data").GetProperty("search")[0].GetProperty("node").GetProperty("id").GetString());
        Assert.StartsWith("SELECT ?n (MAX(?score)", json.GetProperty("extensions").GetProperty("sparql")[0].GetString(), StringComparison.Ordinal);

        var url = "/graphql?query=" + Uri.EscapeDataString("{ events(first: 3) { totalCount } }");
        using var get = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        var etag = get.Headers.ETag;
        Assert.NotNull(etag);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag!);
        using var notModified = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var bad = await client.PostAsync("/graphql", new StringContent("{ nosuchfield }", Encoding.UTF8, "application/graphql"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("nosuchfield", await bad.Content.ReadAsStringAsync());

        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var html = await client.SendAsync(page);
        Assert.Contains("<title>KnowledgeGraph GraphQL</title>", await html.Content.ReadAsStringAsync());
    }
}
