using KnowledgeGraph.Cli;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;

namespace KnowledgeGraph.Store.Tests;

/// <summary>The store commands, run in-process through <see cref="KgProgram.RunAsync"/> on real LMDB stores.</summary>
public sealed class StoreCommandTests : IDisposable
{
    private const string Data = """
        <http://example.org/a> <http://example.org/p> "one" .
        <http://example.org/a> <http://example.org/q> <http://example.org/b> .
        _:x <http://example.org/p> "2"^^<http://www.w3.org/2001/XMLSchema#integer> <http://example.org/g> .

        """;

    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Load_check_stats_export_and_backup_work_together()
    {
        var file = Write("data.nq", Data);
        var store = _dir.Sub("store");
        var load = await Run("", "load", "--store", store, file);
        Assert.True(load.Code == 0, load.Err);
        Assert.Contains("quads_inserted: 3", load.Out, StringComparison.Ordinal);

        var stdin = await Run("<http://example.org/c> <http://example.org/p> \"3\" .\n", "load", "--store", store, "--format", "ntriples", "--graph", "http://example.org/h", "-");
        Assert.True(stdin.Code == 0, stdin.Err);

        var check = await Run("", "check", "--store", store);
        Assert.Equal(0, check.Code);
        Assert.StartsWith("ok: 4 quads", check.Out, StringComparison.Ordinal);

        var stats = await Run("", "stats", "--store", store);
        Assert.Contains("quads: 4", stats.Out, StringComparison.Ordinal);
        Assert.Contains("predicate <http://example.org/p> 3", stats.Out, StringComparison.Ordinal);
        Assert.Contains("graph <http://example.org/h> 1", stats.Out, StringComparison.Ordinal);

        var exported = _dir.Sub("out.nq");
        var export = await Run("", "export", "--store", store, "--to", "nquads", "-o", exported);
        Assert.True(export.Code == 0, export.Err);
        var expected = Read(RdfFormat.NQuads, Data + "<http://example.org/c> <http://example.org/p> \"3\" <http://example.org/h> .\n");
        var actual = Read(RdfFormat.NQuads, File.ReadAllText(exported));
        Assert.True(GraphIsomorphism.AreIsomorphic(expected, actual), GraphIsomorphism.Explain(expected, actual));

        var turtle = await Run("", "export", "--store", store, "--to", "turtle");
        Assert.Equal(1, turtle.Code);
        Assert.Contains("named graph", turtle.Err, StringComparison.Ordinal);

        var oneGraph = await Run("", "export", "--store", store, "--to", "ntriples", "--graph", "http://example.org/h");
        Assert.Equal("<http://example.org/c> <http://example.org/p> \"3\" .\n", oneGraph.Out);

        var backup = await Run("", "backup", "--store", store, "--to", _dir.Sub("copy"));
        Assert.Equal(0, backup.Code);
        Assert.Equal(0, (await Run("", "check", "--store", _dir.Sub("copy"))).Code);
    }

    [Fact]
    public async Task A_failed_load_names_file_line_and_column_and_loads_nothing()
    {
        var good = Write("good.nt", "<http://example.org/a> <http://example.org/p> \"1\" .\n");
        var bad = Write("bad.nt", "<http://example.org/a> <http://example.org/p> \"1\" .\n<http://example.org/b> <http://example.org/p> .\n");
        var store = _dir.Sub("store");
        var run = await Run("", "load", "--store", store, good, bad);
        Assert.Equal(1, run.Code);
        Assert.StartsWith(bad + ":2:", run.Err, StringComparison.Ordinal);
        var stats = await Run("", "stats", "--store", store);
        Assert.Contains("quads: 0", stats.Out, StringComparison.Ordinal);

        var lenient = await Run("", "load", "--store", store, "--lenient", good, bad);
        Assert.Equal(0, lenient.Code);
        Assert.Contains("skipped 1 statement", lenient.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_on_a_missing_store_are_usage_errors()
    {
        var run = await Run("", "check", "--store", _dir.Sub("nothing"));
        Assert.Equal(2, run.Code);
        Assert.Contains("is not a store", run.Err, StringComparison.Ordinal);
        Assert.Equal(2, (await Run("", "load", Write("x.nt", ""))).Code);
    }

    public void Dispose() => _dir.Dispose();

    private string Write(string name, string text)
    {
        var path = _dir.Sub(name);
        File.WriteAllText(path, text);
        return path;
    }

    private static List<Rdf.Model.Quad> Read(RdfFormat format, string text)
    {
        using var reader = RdfReaders.Create(format, new StringReader(text));
        return reader.ReadQuads().ToList();
    }

    private static async Task<(int Code, string Out, string Err)> Run(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        await using var output = new StringWriter();
        await using var error = new StringWriter();
        var code = await KgProgram.RunAsync(args, input, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
