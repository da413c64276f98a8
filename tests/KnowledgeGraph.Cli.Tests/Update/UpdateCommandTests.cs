namespace KnowledgeGraph.Cli.Tests.Update;

/// <summary><c>kg update</c> in process, on a real LMDB store made with <c>kg load</c>.</summary>
public sealed class UpdateCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task AnUpdateCommitsAndPrintsOneSummaryLine()
    {
        var store = await NewStoreAsync();
        var run = await KgRun.RunAsync("update", "--store", store, "--update",
            "PREFIX : <http://e/> INSERT DATA { :s :p 2 . GRAPH :g { :a :b :c } } ; DELETE { :s :p ?o } WHERE { :s :p ?o FILTER(?o = 1) }");
        Assert.True(run.ExitCode == 0, run.ToString());
        var line = Assert.Single(run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("2 quads inserted, 1 deleted (2 operations", line, StringComparison.Ordinal);
        var export = await ExportAsync(store);
        Assert.Contains("<http://e/a> <http://e/b> <http://e/c> <http://e/g> .", export, StringComparison.Ordinal);
        Assert.Contains("<http://e/s> <http://e/p> \"2\"^^<http://www.w3.org/2001/XMLSchema#integer> .", export, StringComparison.Ordinal);
        Assert.DoesNotContain("\"1\"", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AParseErrorExitsOneWithLineAndColumnAndChangesNothing()
    {
        var store = await NewStoreAsync();
        var before = await ExportAsync(store);
        var file = _dir.Write("bad.ru", "PREFIX : <http://e/>\nINSERT DATA { :x :y :z } ;\nDELETE DATA { :x :y }\n");
        var run = await KgRun.RunAsync("update", "--store", store, "--file", file);
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("bad.ru:3:", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, await ExportAsync(store));
    }

    [Fact]
    public async Task AFailingOperationExitsOneAndChangesNothing()
    {
        var store = await NewStoreAsync();
        var before = await ExportAsync(store);
        var run = await KgRun.RunAsync("update", "--store", store, "--update",
            "PREFIX : <http://e/> INSERT DATA { :x :y :z } ; CLEAR DEFAULT ; DROP GRAPH :missing");
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("operation 3", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, await ExportAsync(store));
    }

    [Fact]
    public async Task LoadIsRefusedUnlessAFolderIsAllowed()
    {
        var store = await NewStoreAsync();
        var file = _dir.Write("more.nt", "<http://e/m> <http://e/n> <http://e/o> .\n");
        var iri = new Uri(file).AbsoluteUri;
        var refused = await KgRun.RunAsync("update", "--store", store, "--update", $"LOAD <{iri}>");
        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("LOAD is disabled", refused.Stderr, StringComparison.Ordinal);
        var allowed = await KgRun.RunAsync("update", "--store", store, "--load-from", _dir.Path, "--update", $"LOAD <{iri}> INTO GRAPH <http://e/g>");
        Assert.True(allowed.ExitCode == 0, allowed.ToString());
        Assert.Contains("<http://e/m> <http://e/n> <http://e/o> <http://e/g> .", await ExportAsync(store), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRequestMustBeGivenOnce()
    {
        var store = await NewStoreAsync();
        var run = await KgRun.RunAsync("update", "--store", store);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--update TEXT or --file", run.Stderr, StringComparison.Ordinal);
    }

    private async Task<string> NewStoreAsync()
    {
        var data = _dir.Write("data.nt", "<http://e/s> <http://e/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n");
        var store = _dir.File("store");
        var load = await KgRun.RunAsync("load", "--store", store, data);
        Assert.True(load.ExitCode == 0, load.ToString());
        return store;
    }

    private static async Task<string> ExportAsync(string store)
    {
        var run = await KgRun.RunAsync("export", "--store", store, "--to", "nquads");
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Stdout;
    }
}
