namespace KnowledgeGraph.Cli.Tests.Query;

/// <summary><c>kg query --union</c>: the default graph becomes the union of all graphs (the seed data lives in named graphs).</summary>
public sealed class QueryUnionTests
{
    private const string Dataset = """
        <http://example.org/s> <http://example.org/p> "default" .
        <http://example.org/s> <http://example.org/p> "in g1" <http://example.org/g1> .
        <http://example.org/s> <http://example.org/p> "in g2" <http://example.org/g2> .
        """;

    private const string Count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    [Theory]
    [InlineData(false, "1")]
    [InlineData(true, "3")]
    public async Task Union_reads_every_graph_as_the_default_graph(bool union, string expected)
    {
        using var dir = new TempDirectory();
        var data = dir.Write("d.nq", Dataset);
        string[] args = union ? ["query", "--data", data, "--query", Count, "--union"] : ["query", "--data", data, "--query", Count];

        var run = await KgRun.RunAsync(args);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal($"?n\n{expected}\n", run.Stdout);
    }

    [Fact]
    public async Task From_still_wins_over_union()
    {
        using var dir = new TempDirectory();
        var data = dir.Write("d.nq", Dataset);

        var run = await KgRun.RunAsync("query", "--data", data, "--union", "--query", "SELECT ?o FROM <http://example.org/g2> WHERE { ?s ?p ?o }");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("?o\n\"in g2\"\n", run.Stdout);
    }
}
