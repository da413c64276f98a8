namespace KnowledgeGraph.Cli.Tests.Query;

/// <summary>
/// <c>kg query --data news-20k.nt --file qN.rq --results json</c> answers the eight peer queries with the same
/// rows as Jena ARQ. The graph is generated in the test's temp folder by the deterministic <c>gen-news.py</c>;
/// Jena's answers are kept in <c>Query/expected/</c> (see the README there for the command that made them),
/// and our JSON goes through the same <c>canon.py</c> as Jena's did before the comparison.
/// </summary>
public sealed class PeerQueryTests : IClassFixture<NewsGraph>
{
    private readonly NewsGraph _graph;

    public PeerQueryTests(NewsGraph graph) => _graph = graph;

    [SkippableTheory]
    [InlineData("q1")]
    [InlineData("q2")]
    [InlineData("q3")]
    [InlineData("q4")]
    [InlineData("q5")]
    [InlineData("q6")]
    [InlineData("q7")]
    [InlineData("q8")]
    public async Task SameRowsAsJena(string query)
    {
        Skip.If(Peers.Directory is null, Peers.MissingReason);
        var run = await KgRun.RunAsync("query", "--data", _graph.DataPath, "--file", Peers.Query(query), "--results", "json", "--timeout", "120");
        Assert.True(run.ExitCode == 0, run.ToString());
        var ours = Peers.Python("canon.py", run.Stdout);
        var jena = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Query", "expected", query + ".tsv"));
        Assert.True(jena == ours, $"{query}: our canonical rows differ from Jena's\n--- Jena\n{jena}\n--- ours\n{ours}");
    }

    /// <summary>The same answers from a store loaded with <c>kg load</c>: checks the store adapter end to end.</summary>
    [SkippableTheory]
    [InlineData("q1")]
    [InlineData("q2")]
    [InlineData("q3")]
    [InlineData("q4")]
    [InlineData("q5")]
    [InlineData("q6")]
    [InlineData("q7")]
    [InlineData("q8")]
    public async Task SameRowsAsJenaFromAStore(string query)
    {
        Skip.If(Peers.Directory is null, Peers.MissingReason);
        var store = await _graph.StoreAsync();
        var run = await KgRun.RunAsync("query", "--store", store, "--file", Peers.Query(query), "--results", "json", "--timeout", "120");
        Assert.True(run.ExitCode == 0, run.ToString());
        var ours = Peers.Python("canon.py", run.Stdout);
        var jena = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Query", "expected", query + ".tsv"));
        Assert.True(jena == ours, $"{query}: our canonical rows (from the store) differ from Jena's\n--- Jena\n{jena}\n--- ours\n{ours}");
    }
}
