namespace KnowledgeGraph.Cli.Tests.Query;

/// <summary><c>kg query</c> command-line checks: each mistake exits 2 with a message that says what to do.</summary>
public sealed class QueryUsageTests
{
    private const string Select = "SELECT * WHERE { ?s ?p ?o }";

    [Fact]
    public async Task NeedsExactlyOneDataSource()
    {
        using var dir = new TempDirectory();
        var data = dir.Write("d.nt", "<http://a> <http://b> <http://c> .\n");

        var none = await KgRun.RunAsync("query", "--query", Select);
        Assert.True(none.ExitCode == 2, none.ToString());
        Assert.Contains("either --store DIR or --data FILE", none.Stderr, StringComparison.Ordinal);

        var both = await KgRun.RunAsync("query", "--store", dir.Path, "--data", data, "--query", Select);
        Assert.True(both.ExitCode == 2, both.ToString());
        Assert.Contains("either --store DIR or --data FILE", both.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NeedsExactlyOneQuery()
    {
        using var dir = new TempDirectory();
        var data = dir.Write("d.nt", "<http://a> <http://b> <http://c> .\n");
        var query = dir.Write("q.rq", Select);

        var none = await KgRun.RunAsync("query", "--data", data);
        Assert.True(none.ExitCode == 2, none.ToString());
        Assert.Contains("either --query TEXT or --file Q.rq", none.Stderr, StringComparison.Ordinal);

        var both = await KgRun.RunAsync("query", "--data", data, "--query", Select, "--file", query);
        Assert.True(both.ExitCode == 2, both.ToString());
    }

    [Fact]
    public async Task UnknownResultsFormatListsTheKnownOnes()
    {
        using var dir = new TempDirectory();
        var data = dir.Write("d.nt", "<http://a> <http://b> <http://c> .\n");
        var run = await KgRun.RunAsync("query", "--data", data, "--query", Select, "--results", "yaml");
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("unknown --results format 'yaml'; expected one of json, xml, csv, tsv, ntriples, nquads, turtle, trig", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public async Task TimeoutMustBePositive(string seconds)
    {
        using var dir = new TempDirectory();
        var data = dir.Write("d.nt", "<http://a> <http://b> <http://c> .\n");
        var run = await KgRun.RunAsync("query", "--data", data, "--query", Select, "--timeout", seconds);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("is not a positive number of seconds", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingDataFileAndQueryFileAreNamed()
    {
        using var dir = new TempDirectory();
        var missingData = await KgRun.RunAsync("query", "--data", dir.File("nope.ttl"), "--query", Select);
        Assert.True(missingData.ExitCode == 2, missingData.ToString());
        Assert.Contains("nope.ttl' does not exist", missingData.Stderr, StringComparison.Ordinal);

        var data = dir.Write("d.nt", "<http://a> <http://b> <http://c> .\n");
        var missingQuery = await KgRun.RunAsync("query", "--data", data, "--file", dir.File("nope.rq"));
        Assert.True(missingQuery.ExitCode == 2, missingQuery.ToString());
        Assert.Contains("nope.rq' does not exist", missingQuery.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataFileWithoutAKnownExtensionIsRefused()
    {
        using var dir = new TempDirectory();
        var data = dir.Write("d.data", "<http://a> <http://b> <http://c> .\n");
        var run = await KgRun.RunAsync("query", "--data", data, "--query", Select);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("cannot tell the format of", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadDataExitsOneWithThePosition()
    {
        using var dir = new TempDirectory();
        var data = dir.Write("bad.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:b .\n");
        var run = await KgRun.RunAsync("query", "--data", data, "--query", Select);
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("bad.ttl:2:", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoreIsRefusedWithAClearMessageUntilTheStoreHasAQueryAdapter()
    {
        using var dir = new TempDirectory();
        var run = await KgRun.RunAsync("query", "--store", dir.Path, "--query", Select);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--store is not supported yet", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HelpListsTheOptions()
    {
        var run = await KgRun.RunAsync("query", "--help");
        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var option in new[] { "--store", "--data", "--query", "--file", "--results", "--explain", "--timeout" })
        {
            Assert.Contains(option, run.Stdout, StringComparison.Ordinal);
        }
    }
}
