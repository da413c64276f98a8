namespace KnowledgeGraph.Cli.Tests.Query;

/// <summary>
/// <c>kg query --data news-20k.nt --file qN.rq --results json</c> answers the eight peer queries with the same
/// rows as Jena ARQ. The graph is generated in the test's temp folder by the deterministic <c>gen-news.py</c>;
/// Jena's answers are kept in <c>Query/expected/</c> (see the README there for the command that made them),
/// and our JSON goes through the same <c>canon.py</c> as Jena's did before the comparison.
/// </summary>
public sealed class PeerQueryTests : IClassFixture<PeerQueryTests.NewsGraph>
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

    /// <summary>The 20k-triple news graph, generated once for the class in a temp folder (and loaded into a store on first use).</summary>
    public sealed class NewsGraph : IDisposable
    {
        private readonly TempDirectory _directory = new();

        public NewsGraph()
        {
            if (Peers.Directory is not null)
            {
                DataPath = _directory.File("news-20k.nt");
                Peers.Python("gen-news.py", string.Empty, "20k", DataPath);
            }
        }

        private readonly SemaphoreSlim _loading = new(1, 1);
        private string? _store;

        public string DataPath { get; } = string.Empty;

        /// <summary>A store holding the graph, loaded with <c>kg load</c> the first time it is asked for.</summary>
        public async Task<string> StoreAsync()
        {
            await _loading.WaitAsync();
            try
            {
                if (_store is null)
                {
                    var path = _directory.File("store");
                    var load = await KgRun.RunAsync("load", "--store", path, DataPath);
                    Assert.True(load.ExitCode == 0, load.ToString());
                    _store = path;
                }

                return _store;
            }
            finally
            {
                _loading.Release();
            }
        }

        public void Dispose()
        {
            _loading.Dispose();
            _directory.Dispose();
        }
    }
}
