using System.Net;
using System.Text.Json;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Server.Tests;

/// <summary>Empty named graphs over real HTTP and real LMDB: CREATE GRAPH in one request is still there in the next.</summary>
public sealed class EmptyGraphTests
{
    private const string Graph = "graph=http%3A%2F%2Fexample.org%2Fempty";

    [Fact]
    public async Task A_created_graph_is_an_empty_200_for_the_graph_store_until_dropped()
    {
        await using var server = await RunningServer.StartAsync();
        using (var missing = await server.Client.GetAsync("/store?" + Graph))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        await UpdateAsync(server, "CREATE GRAPH <http://example.org/empty>");

        using (var empty = await server.Client.GetAsync("/store?" + Graph))
        {
            Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
            Assert.Empty(Rdf.Parse(await empty.Content.ReadAsStringAsync(), RdfFormat.Turtle));
        }

        // A second CREATE fails: the graph exists although it has no quads.
        using (var again = await server.Client.SendAsync(RunningServer.Authorized(HttpMethod.Post, "/sparql", "CREATE GRAPH <http://example.org/empty>", "application/sparql-update")))
        {
            Assert.False(again.IsSuccessStatusCode);
        }

        Assert.Contains("http://example.org/empty", await GraphNamesAsync(server));

        await UpdateAsync(server, "DROP GRAPH <http://example.org/empty>");
        using var gone = await server.Client.GetAsync("/store?" + Graph);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.DoesNotContain("http://example.org/empty", await GraphNamesAsync(server));
    }

    [Fact]
    public async Task Clear_keeps_the_graph_and_graph_store_delete_removes_it()
    {
        await using var server = await RunningServer.StartAsync();
        await UpdateAsync(server, "INSERT DATA { GRAPH <http://example.org/empty> { <http://a> <http://p> 1 } }");
        await UpdateAsync(server, "CLEAR GRAPH <http://example.org/empty>");
        using (var cleared = await server.Client.GetAsync("/store?" + Graph))
        {
            Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
            Assert.Empty(Rdf.Parse(await cleared.Content.ReadAsStringAsync(), RdfFormat.Turtle));
        }

        using (var delete = await server.Client.SendAsync(RunningServer.Authorized(HttpMethod.Delete, "/store?" + Graph)))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        using var gone = await server.Client.GetAsync("/store?" + Graph);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    private static async Task UpdateAsync(RunningServer server, string update)
    {
        using var response = await server.Client.SendAsync(RunningServer.Authorized(HttpMethod.Post, "/sparql", update, "application/sparql-update"));
        Assert.True(response.IsSuccessStatusCode, $"{update}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The names <c>SELECT ?g { GRAPH ?g {} }</c> returns.</summary>
    private static async Task<List<string>> GraphNamesAsync(RunningServer server)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sparql?query=" + Uri.EscapeDataString("SELECT ?g WHERE { GRAPH ?g {} }"));
        request.Headers.Accept.ParseAdd("application/sparql-results+json");
        using var response = await server.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("results").GetProperty("bindings").EnumerateArray()
            .Select(b => b.GetProperty("g").GetProperty("value").GetString()!).ToList();
    }
}
