using System.Net;
using System.Text;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Server.Tests;

/// <summary>Readers during a long write see the last committed state, whole, and the new one once it commits.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task ReadersDuringALongWriteSeeAConsistentSnapshot()
    {
        await using var server = await RunningServer.StartAsync();
        const string graph = "graph=http%3A%2F%2Fexample.org%2Fg";
        var before = string.Concat(Enumerable.Range(0, 100).Select(i => $"<http://old/{i}> <http://p> {i} .\n"));
        Assert.Equal(HttpStatusCode.Created, (await server.PutAsync(graph, before)).StatusCode);

        // The replacement trickles in over about two seconds, so the write transaction stays open meanwhile.
        var request = RunningServer.Authorized(HttpMethod.Put, "/store?" + graph);
        request.Content = new SlowContent(40, 50, batch => string.Concat(Enumerable.Range(0, 50).Select(i => $"<http://new/{batch}/{i}> <http://p> \"{i}\" .\n")));
        request.Content.Headers.ContentType = new("application/n-triples");
        var write = server.Client.SendAsync(request);

        var seen = new List<int>();
        while (!write.IsCompleted)
        {
            var readers = Enumerable.Range(0, 4).Select(async _ =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/store?" + graph);
                request.Headers.Accept.ParseAdd("application/n-triples");
                using var response = await server.Client.SendAsync(request);
                return Rdf.Parse(await response.Content.ReadAsStringAsync(), RdfFormat.NTriples);
            });
            foreach (var quads in await Task.WhenAll(readers))
            {
                seen.Add(quads.Count);
                var news = quads.Count(q => q.Subject.ToString().StartsWith("<http://new/", StringComparison.Ordinal));
                Assert.True((news == 0 && quads.Count == 100) || (news == 2000 && quads.Count == 2000), $"a reader saw {quads.Count} quads, {news} of them new");
            }
        }

        using var done = await write;
        Assert.True(done.StatusCode == HttpStatusCode.NoContent, await done.Content.ReadAsStringAsync());
        Assert.Contains(100, seen);
        var after = Rdf.Parse(await server.Client.GetStringAsync("/store?" + graph), RdfFormat.Turtle);
        Assert.Equal(2000, after.Count);
    }

    /// <summary>A request body written in batches with a pause between them.</summary>
    private sealed class SlowContent(int batches, int pauseMs, Func<int, string> batch) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var i = 0; i < batches; i++)
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes(batch(i)));
                await stream.FlushAsync();
                await Task.Delay(pauseMs);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
