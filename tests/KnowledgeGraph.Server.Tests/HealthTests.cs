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
        await File.WriteAllTextAsync(Path.Combine(seed, "a.ttl"), "<http://a> <http://p> 1 .");
        await File.WriteAllTextAsync(Path.Combine(seed, "b.nq"), "<http://b> <http://p> \"2\" <http://g> .");
        await File.WriteAllTextAsync(Path.Combine(seed, "README.md"), "not RDF");
        var store = Path.Combine(seed, "store");
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
}
