using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Server;
using KnowledgeGraph.Server.Options;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>
/// The GraphQL counters of <c>/metrics</c> on the real server (Kestrel, LMDB in a temporary folder, the seed
/// articles): a repeated operation is a result-cache hit, a commit makes the next one a miss (its parsed document is
/// still a hit), errors are counted, and each executed operation adds the SPARQL queries it issued.
/// </summary>
public sealed class MetricsTests : IAsyncLifetime
{
    private const string Token = "metrics-test-token";
    private const string Query = "{ events(first: 3, orderBy: [{ field: START_DATE }]) { totalCount edges { node { id place { id } } } } }";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kg-graphql-metrics", Guid.NewGuid().ToString("N"));
    private Microsoft.AspNetCore.Builder.WebApplication? _app;
    private HttpClient? _client;

    public async Task InitializeAsync()
    {
        var root = SeedFixture.RepoRoot();
        _app = KnowledgeGraphServer.Build(
            ["--Logging:LogLevel:Default=Warning", "--KnowledgeGraph:OntologyDirectory=" + Path.Combine(root, "ontology")],
            o =>
            {
                o.StoreKind = StoreKind.Lmdb;
                o.StorePath = Path.Combine(_folder, "store");
                o.SeedDirectory = Path.Combine(root, "seed-data");
                o.UpdateToken = Token;
            },
            "http://127.0.0.1:0");
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = KnowledgeGraphServer.Address(_app), Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [Fact]
    public async Task Repeated_operation_hits_the_result_cache_and_a_commit_makes_the_next_a_miss()
    {
        var before = await GraphQLMetricsAsync();

        var first = await PostAsync(Query);
        var afterFirst = await GraphQLMetricsAsync();
        Assert.Equal(Counter(before, "requests") + 1, Counter(afterFirst, "requests"));
        Assert.Equal(Counter(before, "resultCache", "misses") + 1, Counter(afterFirst, "resultCache", "misses"));
        Assert.Equal(Counter(before, "documentCache", "misses") + 1, Counter(afterFirst, "documentCache", "misses"));
        // A page with one nested relation: the root query, the node values, the place relation, the places' values.
        var issued = Counter(afterFirst, "sparqlQueries") - Counter(before, "sparqlQueries");
        Assert.InRange(issued, 2, 6);

        var second = await PostAsync(Query);
        Assert.Equal(first, second);
        var afterSecond = await GraphQLMetricsAsync();
        Assert.Equal(Counter(afterFirst, "resultCache", "hits") + 1, Counter(afterSecond, "resultCache", "hits"));
        Assert.Equal(Counter(afterFirst, "resultCache", "misses"), Counter(afterSecond, "resultCache", "misses"));
        Assert.Equal(Counter(afterFirst, "sparqlQueries"), Counter(afterSecond, "sparqlQueries"));
        Assert.True(afterSecond.GetProperty("resultCache").GetProperty("hitRate").GetDouble() > 0);
        Assert.True(afterSecond.GetProperty("latencyMs").GetProperty("samples").GetInt32() >= 2);
        Assert.True(afterSecond.GetProperty("executedLatencyMs").GetProperty("p50").GetDouble() > 0);

        // A commit changes the dataset version: the same operation is executed again, from its cached document.
        using (var put = new HttpRequestMessage(HttpMethod.Post, "/store?graph=" + Uri.EscapeDataString("http://example.org/metrics-test")))
        {
            put.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            put.Content = new StringContent("<http://example.org/x> <http://www.w3.org/2000/01/rdf-schema#label> \"x\" .", Encoding.UTF8, "text/turtle");
            using var committed = await _client!.SendAsync(put);
            Assert.True(committed.IsSuccessStatusCode, await committed.Content.ReadAsStringAsync());
        }

        await PostAsync(Query);
        var afterCommit = await GraphQLMetricsAsync();
        Assert.Equal(Counter(afterSecond, "resultCache", "hits"), Counter(afterCommit, "resultCache", "hits"));
        Assert.Equal(Counter(afterSecond, "resultCache", "misses") + 1, Counter(afterCommit, "resultCache", "misses"));
        Assert.Equal(Counter(afterSecond, "documentCache", "hits") + 1, Counter(afterCommit, "documentCache", "hits"));
        Assert.Equal(issued, Counter(afterCommit, "sparqlQueries") - Counter(afterSecond, "sparqlQueries"));
    }

    [Fact]
    public async Task Errors_are_counted_and_the_sparql_cache_rate_is_shown()
    {
        var before = await GraphQLMetricsAsync();
        using var bad = await _client!.PostAsync("/graphql", new StringContent("""{"query": "{ events(first: 1000) { totalCount } }"}""", Encoding.UTF8, "application/json"));
        Assert.Contains("errors", await bad.Content.ReadAsStringAsync());
        var after = await GraphQLMetricsAsync();
        Assert.Equal(Counter(before, "errors") + 1, Counter(after, "errors"));
        Assert.Equal(Counter(before, "requests") + 1, Counter(after, "requests"));

        var all = JsonDocument.Parse(await _client.GetStringAsync("/metrics")).RootElement;
        Assert.True(all.TryGetProperty("cacheHitRate", out _), "the SPARQL result cache's hit rate is in /metrics");
    }

    private async Task<string> PostAsync(string query)
    {
        using var response = await _client!.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("\"errors\"", text, StringComparison.Ordinal);
        return text;
    }

    private async Task<JsonElement> GraphQLMetricsAsync() =>
        JsonDocument.Parse(await _client!.GetStringAsync("/metrics")).RootElement.GetProperty("graphQL").Clone();

    private static long Counter(JsonElement metrics, params string[] path)
    {
        foreach (var name in path)
        {
            metrics = metrics.GetProperty(name);
        }

        return metrics.GetInt64();
    }
}
