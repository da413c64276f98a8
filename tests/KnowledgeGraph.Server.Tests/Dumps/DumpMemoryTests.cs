using System.IO.Compression;
using System.Net;
using System.Text;
using Xunit.Abstractions;

namespace KnowledgeGraph.Server.Tests.Dumps;

/// <summary>Runs alone: it measures the process's live managed memory, which parallel tests would disturb.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurementCollection
{
    public const string Name = "memory measurements";
}

/// <summary>
/// The dump streams: the server's live managed memory while a 300 000-quad dump is read peaks within a few MiB of
/// the peak for 150 000 quads. Live memory is not flat: <c>StoreQuadSource</c> keeps a decode cache of up to 2^18
/// terms that it empties when full (a saw-tooth), so both runs are sized past that cap (each quad here has two
/// distinct terms) and then only materialising rows or quads could make the larger run peak higher, by the
/// 150 000 extra quads' terms (over 30 MiB of strings).
/// </summary>
[Collection(MemoryMeasurementCollection.Name)]
public sealed class DumpMemoryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Memory_does_not_grow_with_the_dataset()
    {
        var (smallPeak, smallQuads) = await PeakLiveBytesWhileDumpingAsync(150_000);
        var (largePeak, largeQuads) = await PeakLiveBytesWhileDumpingAsync(300_000);
        Assert.Equal(150_000, smallQuads);
        Assert.Equal(300_000, largeQuads);
        var growth = largePeak - smallPeak;
        Assert.True(growth < 16L << 20,
            $"live memory while dumping 300k quads peaked {largePeak >> 20} MiB against {smallPeak >> 20} MiB for 150k: it grows with the dataset");
    }

    [Fact]
    public async Task A_graph_store_GET_of_the_whole_store_does_not_grow_with_the_dataset()
    {
        // TriG, the Graph Store's default for the whole store, written in the streaming layout.
        var (smallPeak, smallLines) = await PeakLiveBytesWhileDumpingAsync(150_000, "/store");
        var (largePeak, largeLines) = await PeakLiveBytesWhileDumpingAsync(300_000, "/store");
        Assert.True(largeLines > smallLines && smallLines >= 150_000, $"{smallLines} and {largeLines} lines of TriG");
        var growth = largePeak - smallPeak;
        Assert.True(growth < 16L << 20,
            $"live memory while reading /store of 300k quads peaked {largePeak >> 20} MiB against {smallPeak >> 20} MiB for 150k: it grows with the dataset");
    }

    /// <summary>Serves a generated dataset, reads its dump slowly, and samples live memory after a full collection every 1 MiB.</summary>
    private async Task<(long Peak, int Quads)> PeakLiveBytesWhileDumpingAsync(int quads, string path = "/dump")
    {
        var seed = Path.Combine(Path.GetTempPath(), "kg-server-tests", "dumpmem-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(seed);
        try
        {
            await using (var file = new StreamWriter(Path.Combine(seed, "data.nq"), false, new UTF8Encoding(false)))
            {
                for (var i = 0; i < quads; i++)
                {
                    await file.WriteLineAsync($"<http://example.org/resource/{i}> <http://example.org/p{i % 7}> \"value {i} with padding to make the literal longer\" <http://example.org/graph/{i % 5}> .");
                }
            }

            await using var server = await RunningServer.StartAsync(o => { o.SeedDirectory = seed; o.StorePath = Path.Combine(seed, "store"); });
            using var response = await server.Client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await using var body = await response.Content.ReadAsStreamAsync();
            await using Stream gzip = path.StartsWith("/dump", StringComparison.Ordinal) ? new GZipStream(body, CompressionMode.Decompress) : body;
            var buffer = new byte[64 * 1024];
            long read = 0;
            long nextSample = 1 << 20;
            long peak = Live();
            var samples = new List<long> { peak >> 20 };
            var lines = 0;
            int n;
            while ((n = await gzip.ReadAsync(buffer)) > 0)
            {
                lines += buffer.AsSpan(0, n).Count((byte)'\n');
                read += n;
                if (read >= nextSample)
                {
                    var live = Live();
                    samples.Add(live >> 20);
                    peak = Math.Max(peak, live);
                    nextSample += 1 << 20;
                }
            }

            output.WriteLine($"{path} {quads}: live MiB {string.Join(' ', samples)}");
            return (peak, lines);
        }
        finally
        {
            Directory.Delete(seed, recursive: true);
        }
    }

    private static long Live()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
