using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.GraphQLBench;

/// <summary>
/// Throughput over real HTTP: <c>clients</c> concurrent loops, each POSTing the operations in turn (client i starts at
/// operation i) to the GraphQL endpoint for <c>duration</c>, one request in flight per client. With <c>bust</c> every
/// request carries a unique unused variable, which is part of the result-cache key: each request is then executed
/// (compiled and run), the document still comes from the document cache. With <c>once</c> a single client sends each
/// operation once, in turn (priming the result cache, or warming up), whatever <c>clients</c> and <c>duration</c> say.
/// </summary>
public sealed class LoadBenchmark(Uri url, string operations, int clients, TimeSpan duration, bool bust, bool once)
{
    public async Task<int> RunAsync(TextWriter output)
    {
        var ops = Operation.Load(operations);
        if (ops.Count == 0)
        {
            throw new ArgumentException($"no qN.graphql with a qN.rq beside it in {operations}");
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            Timeout = TimeSpan.FromMinutes(5),
        };
        long sequence = 0;
        long errors = 0;
        var latencies = new List<double>[clients];
        var started = Stopwatch.StartNew();

        async Task Client(int client)
        {
            var mine = latencies[client] = [];
            for (var i = client; once ? i < ops.Count : started.Elapsed < duration; i++)
            {
                var op = ops[i % ops.Count];
                var body = bust
                    ? JsonSerializer.Serialize(new { query = op.GraphQL, variables = new Dictionary<string, long> { ["bust"] = Interlocked.Increment(ref sequence) } })
                    : JsonSerializer.Serialize(new { query = op.GraphQL });
                using var content = new StringContent(body, Encoding.UTF8);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                var watch = Stopwatch.StartNew();
                using var response = await http.PostAsync(url, content).ConfigureAwait(false);
                var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                mine.Add(watch.Elapsed.TotalMilliseconds);
                if (!response.IsSuccessStatusCode || text.Contains("\"errors\"", StringComparison.Ordinal))
                {
                    if (Interlocked.Increment(ref errors) == 1)
                    {
                        await Console.Error.WriteLineAsync($"first error ({op.Name}, HTTP {(int)response.StatusCode}): {text[..Math.Min(text.Length, 300)]}").ConfigureAwait(false);
                    }
                }
            }
        }

        var running = once ? 1 : clients;
        latencies = latencies[..running];
        await Task.WhenAll(Enumerable.Range(0, running).Select(c => Task.Run(() => Client(c)))).ConfigureAwait(false);
        var elapsed = started.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double At(double p) => all.Length == 0 ? 0 : all[Math.Clamp((int)Math.Ceiling(p * all.Length) - 1, 0, all.Length - 1)];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"LOAD mode={(once ? "once-" : "")}{(bust ? "uncached" : "cached")} clients={running} seconds={elapsed:F1} requests={all.Length} errors={errors} " +
            $"req_per_s={all.Length / elapsed:F1} p50_ms={At(0.5):F2} p99_ms={At(0.99):F2} operations={ops.Count}"));
        return errors == 0 ? 0 : 1;
    }
}
