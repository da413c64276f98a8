using System.Text;

namespace KnowledgeGraph.Cli.Tests.Query;

/// <summary><c>kg query</c> end to end over small files and a store: formats, errors and their exit codes, timeouts, --explain.</summary>
public sealed class QueryCommandTests
{
    private const string Data = """
        @prefix ex: <http://example.org/> .
        ex:alice ex:knows ex:bob ; ex:name "Alice"@en ; ex:age 42 .
        ex:bob ex:name "Bob" .
        """;

    private const string Names = "PREFIX ex: <http://example.org/> SELECT ?p ?n WHERE { ?p ex:name ?n } ORDER BY ?p";

    [Fact]
    public async Task SelectDefaultsToTsv()
    {
        using var dir = new TempDirectory();
        var data = dir.Write("d.ttl", Data);
        var run = await KgRun.RunAsync("query", "--data", data, "--query", Names);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("?p\t?n\n<http://example.org/alice>\t\"Alice\"@en\n<http://example.org/bob>\t\"Bob\"\n", run.Stdout);
    }

    [Fact]
    public async Task SelectAsJsonAndCsv()
    {
        using var dir = new TempDirectory();
        var data = dir.Write("d.ttl", Data);
        var json = await KgRun.RunAsync("query", "--data", data, "--query", "PREFIX ex: <http://example.org/> SELECT ?a WHERE { ex:alice ex:age ?a }", "--results", "json");
        Assert.True(json.ExitCode == 0, json.ToString());
        Assert.Contains("{\"a\": {\"type\": \"literal\", \"value\": \"42\", \"datatype\": \"http://www.w3.org/2001/XMLSchema#integer\"}}", json.Stdout, StringComparison.Ordinal);

        var csv = await KgRun.RunAsync("query", "--data", data, "--query", Names, "--results", "csv");
        Assert.Equal("p,n\r\nhttp://example.org/alice,Alice\r\nhttp://example.org/bob,Bob\r\n", csv.Stdout);
    }

    [Fact]
    public async Task AskAndConstruct()
    {
        using var dir = new TempDirectory();
        var data = dir.Write("d.ttl", Data);
        var ask = await KgRun.RunAsync("query", "--data", data, "--query", "ASK { ?s <http://example.org/knows> ?o }", "--results", "xml");
        Assert.True(ask.ExitCode == 0, ask.ToString());
        Assert.Contains("<boolean>true</boolean>", ask.Stdout, StringComparison.Ordinal);

        var construct = await KgRun.RunAsync("query", "--data", data, "--query",
            "PREFIX ex: <http://example.org/> CONSTRUCT { ?o ex:knownBy ?s } WHERE { ?s ex:knows ?o }", "--results", "ntriples");
        Assert.True(construct.ExitCode == 0, construct.ToString());
        Assert.Equal("<http://example.org/bob> <http://example.org/knownBy> <http://example.org/alice> .\n", construct.Stdout);
    }

    [Fact]
    public async Task AFormatThatCannotCarryTheResultIsAUsageError()
    {
        using var dir = new TempDirectory();
        var data = dir.Write("d.ttl", Data);
        var run = await KgRun.RunAsync("query", "--data", data, "--query", Names, "--results", "turtle");
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("a SELECT query gives solutions, which 'turtle' cannot carry: use json, xml, csv, tsv", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseErrorsExitOneWithTheFileLineAndColumn()
    {
        using var dir = new TempDirectory();
        var data = dir.Write("d.ttl", Data);
        var query = dir.Write("bad.rq", "SELECT ?x\nWHERE { ?x ?p }\n");
        var run = await KgRun.RunAsync("query", "--data", data, "--file", query);
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.StartsWith(query + ":2:", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public async Task TimeoutsExitTwoAndLeaveNoOutputFile()
    {
        using var dir = new TempDirectory();
        var triples = new StringBuilder();
        for (var i = 0; i < 300; i++)
        {
            triples.Append("<http://example.org/s").Append(i).Append("> <http://example.org/p> \"").Append(i).Append("\" .\n");
        }

        var data = dir.Write("d.nt", triples.ToString());
        var output = dir.File("out.tsv");
        // 300^3 = 27 million rows to count: far more than a quarter of a second.
        var run = await KgRun.RunAsync("query", "--data", data, "--query",
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "--timeout", "0.25", "-o", output);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("timed out", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Equal(["d.nt"], dir.FileNames());
    }

    [Fact]
    public async Task OutputFileAppearsOnSuccess()
    {
        using var dir = new TempDirectory();
        var data = dir.Write("d.ttl", Data);
        var output = dir.File("names.srj");
        var run = await KgRun.RunAsync("query", "--data", data, "--query", Names, "--results", "json", "-o", output);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains("\"head\": {\"vars\": [\"p\", \"n\"]}", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExplainPrintsTheAlgebraAndPlanToStandardError()
    {
        using var dir = new TempDirectory();
        var data = dir.Write("d.ttl", Data);
        var run = await KgRun.RunAsync("query", "--data", data, "--query", Names, "--explain");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("; algebra", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("; plan", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("<http://example.org/name>", run.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("?p\t?n\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralDataFilesAndNamedGraphs()
    {
        using var dir = new TempDirectory();
        var a = dir.Write("a.nt", "<http://example.org/a> <http://example.org/p> \"from a\" .\n");
        var b = dir.Write("b.nq", "<http://example.org/b> <http://example.org/p> \"from b\" <http://example.org/g> .\n");
        var run = await KgRun.RunAsync("query", "--data", a, b, "--query",
            "SELECT ?g ?v WHERE { { ?s ?p ?v } UNION { GRAPH ?g { ?s ?p ?v } } } ORDER BY ?v");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("?g\t?v\n\t\"from a\"\n<http://example.org/g>\t\"from b\"\n", run.Stdout);
    }

    [Fact]
    public async Task QueriesAStoreLoadedWithKgLoad()
    {
        using var dir = new TempDirectory();
        var data = dir.Write("d.ttl", Data);
        var store = Path.Combine(dir.Path, "store");
        var load = await KgRun.RunAsync("load", "--store", store, data);
        Assert.True(load.ExitCode == 0, load.ToString());

        var run = await KgRun.RunAsync("query", "--store", store, "--query", Names);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("?p\t?n\n<http://example.org/alice>\t\"Alice\"@en\n<http://example.org/bob>\t\"Bob\"\n", run.Stdout);

        var unknown = await KgRun.RunAsync("query", "--store", store, "--query", "SELECT * WHERE { <http://example.org/nobody> ?p ?o }");
        Assert.True(unknown.ExitCode == 0, unknown.ToString());
        Assert.Equal("?p\t?o\n", unknown.Stdout);
    }
}
