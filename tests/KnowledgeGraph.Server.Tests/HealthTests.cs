using System.Net;
using System.Text.Json;

namespace KnowledgeGraph.Server.Tests;

/// <summary>/health reports the store, /metrics counts requests and errors.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task HealthAndMetricsReflectTraffic()
    {
        await using var server = await RunningServer.StartAsync();
        await server.PutAsync("default", "<http://a> <http://p> 1 . <http://a> <http://p> 2 .");
        await server.Client.GetAsync("/store?graph=http://example.org/missing");
        await server.Client.PostAsync("/sparql", new StringContent("x"));

        using var health = JsonDocument.Parse(await server.Client.GetStringAsync("/health"));
        Assert.Equal("ok", health.RootElement.GetProperty("status").GetString());
        Assert.Equal(2, health.RootElement.GetProperty("quads").GetInt64());
        Assert.Equal("lmdb", health.RootElement.GetProperty("store").GetString());
        Assert.Equal(1, health.RootElement.GetProperty("version").GetInt64());
        Assert.True(health.RootElement.GetProperty("writesEnabled").GetBoolean());

        using var metrics = JsonDocument.Parse(await server.Client.GetStringAsync("/metrics"));
        var root = metrics.RootElement;
        Assert.Equal(2, root.GetProperty("graphStoreRequests").GetInt64());
        Assert.Equal(1, root.GetProperty("queries").GetInt64());
        Assert.Equal(1, root.GetProperty("errors").GetInt64());
        Assert.True(root.GetProperty("queryLatencyMs").TryGetProperty("p99", out _));
    }

    [Fact]
    public async Task TheSeedFolderIsLoadedOnFirstStartOnly()
    {
        var seed = Path.Combine(Path.GetTempPath(), "kg-server-tests", "seed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(seed);
        var store = Path.Combine(seed, "store");
        // A seed folder without RDF files yet does not count as seeded.
        await File.WriteAllTextAsync(Path.Combine(seed, "README.md"), "not RDF");
        await using (var empty = await RunningServer.StartAsync(o => { o.StorePath = store; o.SeedDirectory = seed; }))
        {
            using var health = JsonDocument.Parse(await empty.Client.GetStringAsync("/health"));
            Assert.Equal(0, health.RootElement.GetProperty("quads").GetInt64());
        }

        await File.WriteAllTextAsync(Path.Combine(seed, "a.ttl"), "<http://a> <http://p> 1 .");
        await File.WriteAllTextAsync(Path.Combine(seed, "b.nq"), "<http://b> <http://p> \"2\" <http://g> .");
        await using (var first = await RunningServer.StartAsync(o => { o.StorePath = store; o.SeedDirectory = seed; }))
        {
            using var health = JsonDocument.Parse(await first.Client.GetStringAsync("/health"));
            Assert.Equal(2, health.RootElement.GetProperty("quads").GetInt64());
            using var delete = await first.Client.SendAsync(RunningServer.Authorized(HttpMethod.Delete, "/store?graph=http://g"));
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        await using (var second = await RunningServer.StartAsync(o => { o.StorePath = store; o.SeedDirectory = seed; }))
        {
            using var health = JsonDocument.Parse(await second.Client.GetStringAsync("/health"));
            Assert.Equal(1, health.RootElement.GetProperty("quads").GetInt64());
        }

        Directory.Delete(seed, recursive: true);
    }

    [Fact]
    public async Task SeveralSeedFoldersLoadAndQueriesCanReadTheUnionOfGraphs()
    {
        var root = Path.Combine(Path.GetTempPath(), "kg-server-tests", "seeds-" + Guid.NewGuid().ToString("N"));
        var data = Directory.CreateDirectory(Path.Combine(root, "data")).FullName;
        var ontology = Directory.CreateDirectory(Path.Combine(root, "ontology")).FullName;
        await File.WriteAllTextAsync(Path.Combine(data, "a.trig"), "<http://g1> { <http://a> <http://p> 1 . }\n<http://g2> { <http://b> <http://p> 2 . }");
        await File.WriteAllTextAsync(Path.Combine(ontology, "o.ttl"), "<http://p> <http://www.w3.org/2000/01/rdf-schema#label> \"p\" .");
        await File.WriteAllTextAsync(Path.Combine(ontology, "context.jsonld"), "{ \"@context\": { \"p\": \"http://p\" } }");
        var seeds = data + Path.PathSeparator + ontology;
        const string count = "/sparql?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D";

        await using (var plain = await RunningServer.StartAsync(o => { o.StorePath = Path.Combine(root, "s1"); o.SeedDirectory = seeds; }))
        {
            Assert.Equal("1", await CountAsync(plain.Client, count)); // only the ontology triple is in the default graph
        }

        await using (var union = await RunningServer.StartAsync(o => { o.StorePath = Path.Combine(root, "s2"); o.SeedDirectory = seeds; o.UnionDefaultGraph = true; }))
        {
            using var health = JsonDocument.Parse(await union.Client.GetStringAsync("/health"));
            Assert.Equal(3, health.RootElement.GetProperty("quads").GetInt64());
            Assert.Equal("3", await CountAsync(union.Client, count));
        }

        Directory.Delete(root, recursive: true);
    }

    private static async Task<string> CountAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/csv");
        using var response = await client.SendAsync(request);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        return lines[^1];
    }
}
