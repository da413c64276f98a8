namespace KnowledgeGraph.Cli.Tests.Query;

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
