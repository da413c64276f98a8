using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Cli.Tests;

public sealed class BenchCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Theory]
    [InlineData("data.nt", null)]
    [InlineData("data.txt", "ntriples")]
    public async Task Bench_parse_counts_every_triple_and_reports_throughput_and_memory(string name, string? format)
    {
        const int Count = 2_500;
        var text = new StringBuilder();
        for (var i = 0; i < Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"<http://example.org/s{i % 97}> <http://example.org/p{i % 7}> \"value {i}\" .\n");
        }

        var path = _dir.Write(name, text.ToString());
        string[] args = format is null ? ["bench", "parse", path] : ["bench", "parse", path, "--format", format];

        var run = await KgRun.RunAsync(args);

        Assert.True(run.ExitCode == 0, run.ToString());
        var report = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(": ", 2))
            .ToDictionary(kv => kv[0], kv => kv[1].TrimEnd('\r'));
        Assert.Equal(Count.ToString(CultureInfo.InvariantCulture), report["triples"]);
        Assert.Equal("N-Triples", report["format"]);
        Assert.True(double.Parse(report["triples_per_second"], CultureInfo.InvariantCulture) > 0);
        Assert.True(double.Parse(report["peak_working_set_mb"], CultureInfo.InvariantCulture) > 1);
        Assert.True(double.Parse(report["seconds"], CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task Bench_parse_reports_a_parse_error_like_convert()
    {
        var path = _dir.Write("bad.nt", "<http://example.org/s> <http://example.org/p> \"x\" .\n<oops\n");

        var run = await KgRun.RunAsync("bench", "parse", path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(path + ":2:", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
