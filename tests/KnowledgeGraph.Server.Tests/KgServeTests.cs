using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Server.Tests;

/// <summary>
/// `kg serve` itself, as a child process on a real port: it creates and seeds the store, answers
/// SPARQLWrapper-style requests (GET JSON, POST form) and a Graph Store PUT/GET round trip.
/// </summary>
public sealed class KgServeTests
{
    [Fact]
    public async Task KgServeAnswersQueriesAndGraphStoreRoundTrips()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kg-server-tests", "serve-" + Guid.NewGuid().ToString("N"));
        var seed = Path.Combine(folder, "seed");
        Directory.CreateDirectory(seed);
        await File.WriteAllTextAsync(Path.Combine(seed, "people.ttl"), "<http://example.org/alice> <http://example.org/name> \"Alice\" .");
        var port = FreePort();
        var kg = Path.Combine(AppContext.BaseDirectory, "kg.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { kg, "serve", "--store", Path.Combine(folder, "store"), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", seed, "--Logging:LogLevel:Default=Warning" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment = { ["KnowledgeGraph__UpdateToken"] = RunningServer.Token },
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
            await WaitForHealth(client, process, stderr);

            const string query = "SELECT ?name WHERE { ?s <http://example.org/name> ?name }";
            using var get = new HttpRequestMessage(HttpMethod.Get, "/sparql?query=" + Uri.EscapeDataString(query));
            get.Headers.Accept.ParseAdd("application/sparql-results+json");
            using var getResponse = await client.SendAsync(get);
            Assert.Equal(["Alice"], Names(await getResponse.Content.ReadAsStringAsync()));

            using var postResponse = await client.PostAsync("/sparql", new FormUrlEncodedContent([new("query", query)]));
            Assert.Equal("application/sparql-results+json", postResponse.Content.Headers.ContentType!.MediaType);
            Assert.Equal(["Alice"], Names(await postResponse.Content.ReadAsStringAsync()));

            using var put = await client.SendAsync(RunningServer.Authorized(HttpMethod.Put, "/store?graph=http://example.org/g", "<http://example.org/bob> <http://example.org/name> \"Bob\" ."));
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
            var back = Rdf.Parse(await client.GetStringAsync("/store?graph=http://example.org/g"), RdfFormat.Turtle);
            Assert.Equal("<http://example.org/bob>", Assert.Single(back).Subject.ToString());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    private static async Task WaitForHealth(HttpClient client, Process process, Task<string> stderr)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                Assert.Fail($"kg serve exited with {process.ExitCode}: {await stderr}");
            }

            try
            {
                using var health = await client.GetAsync("/health");
                if (health.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail("kg serve did not answer /health within 60 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static List<string> Names(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("results").GetProperty("bindings").EnumerateArray()
            .Select(b => b.GetProperty("name").GetProperty("value").GetString()!).ToList();
    }
}
