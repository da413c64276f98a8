using System.IO.Compression;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Cli.Tests;

public sealed class ConvertCommandTests : IDisposable
{
    private static readonly List<Quad> ExpectedGraph = Rdf.Sorted(Rdf.Read(Samples.GraphNTriples, RdfFormat.NTriples));

    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Reads_standard_input_and_writes_standard_output()
    {
        var run = await KgRun.WithStdinAsync(Samples.GraphTurtle, "convert", "-", "--from", "turtle", "--to", "ntriples");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(ExpectedGraph, Rdf.Sorted(Rdf.Read(run.Stdout, RdfFormat.NTriples)));
        Assert.Contains("<http://example.org/alice> <http://example.org/name> \"Alice\"@en .", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dash_as_output_is_standard_output()
    {
        var input = _dir.Write("g.ttl", Samples.GraphTurtle);

        var run = await KgRun.RunAsync("convert", input, "-o", "-", "--to", "nt");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(ExpectedGraph, Rdf.Sorted(Rdf.Read(run.Stdout, RdfFormat.NTriples)));
        Assert.Equal(["g.ttl"], _dir.FileNames());
    }

    [Fact]
    public async Task Without_to_standard_output_gets_ntriples_for_a_graph_and_nquads_for_a_dataset()
    {
        var graph = _dir.Write("g.ttl", Samples.GraphTurtle);
        var dataset = _dir.Write("d.trig", Samples.DatasetTriG);

        var graphRun = await KgRun.RunAsync("convert", graph);
        var datasetRun = await KgRun.RunAsync("convert", dataset);

        Assert.True(graphRun.ExitCode == 0, graphRun.ToString());
        Assert.Equal(ExpectedGraph, Rdf.Sorted(Rdf.Read(graphRun.Stdout, RdfFormat.NTriples)));
        Assert.DoesNotContain("@prefix", graphRun.Stdout, StringComparison.Ordinal);
        Assert.True(datasetRun.ExitCode == 0, datasetRun.ToString());
        Assert.Equal(Rdf.Sorted(Rdf.Read(Samples.DatasetNQuads, RdfFormat.NQuads)), Rdf.Sorted(Rdf.Read(datasetRun.Stdout, RdfFormat.NQuads)));
    }

    [Theory]
    [InlineData("text/turtle", "application/n-triples")]
    [InlineData("application/x-turtle", "text/plain")]
    [InlineData("Turtle", "N-Triples")]
    [InlineData("ttl", "nt")]
    [InlineData("text/turtle; charset=utf-8", "application/n-quads")]
    public async Task Formats_are_found_by_name_media_type_or_extension(string from, string to)
    {
        // The input's extension says nothing, so only --from can tell the reader.
        var input = _dir.Write("graph.data", Samples.GraphTurtle);

        var run = await KgRun.RunAsync("convert", input, "--from", from, "--to", to);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(ExpectedGraph, Rdf.Sorted(Rdf.Read(run.Stdout, RdfFormat.Find(to)!)));
    }

    [Fact]
    public async Task Output_format_is_guessed_from_the_output_extension()
    {
        var input = _dir.Write("g.nt", Samples.GraphNTriples);
        var output = _dir.File("g.ttl");

        var run = await KgRun.RunAsync("convert", input, "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var text = File.ReadAllText(output);
        Assert.Equal(ExpectedGraph, Rdf.Sorted(Rdf.Read(text, RdfFormat.Turtle)));

        // Turtle, not N-Triples: the subject is written once for its four triples.
        Assert.Single(Regex.Matches(text, "<http://example.org/alice>|\\balice\\b"));
    }

    [Fact]
    public async Task Explicit_to_wins_over_the_output_extension()
    {
        var input = _dir.Write("g.ttl", Samples.GraphTurtle);
        var output = _dir.File("g.txt");

        var run = await KgRun.RunAsync("convert", input, "-o", output, "--to", "application/n-triples");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = File.ReadAllLines(output).Where(l => l.Length > 0).ToArray();
        Assert.Equal(5, lines.Length);
        Assert.All(lines, l => Assert.EndsWith(" .", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Gzipped_input_and_output_are_read_and_written_through_gzip()
    {
        var input = _dir.File("g.nt.gz");
        using (var gz = new GZipStream(File.Create(input), CompressionLevel.Optimal))
        using (var writer = new StreamWriter(gz))
        {
            writer.Write(Samples.GraphNTriples);
        }

        var output = _dir.File("g.ttl.gz");

        var run = await KgRun.RunAsync("convert", input, "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var raw = File.ReadAllBytes(output);
        Assert.Equal(new byte[] { 0x1f, 0x8b }, raw[..2]); // the gzip magic number
        using var reader = new StreamReader(new GZipStream(new MemoryStream(raw), CompressionMode.Decompress));
        Assert.Equal(ExpectedGraph, Rdf.Sorted(Rdf.Read(reader.ReadToEnd(), RdfFormat.Turtle)));
    }

    [Fact]
    public async Task Relative_iris_resolve_against_the_input_file_by_default_or_against_base()
    {
        const string Doc = "<doc#it> <http://example.org/p> <../other> .\n";
        Directory.CreateDirectory(_dir.File("sub"));
        var input = _dir.Write(Path.Combine("sub", "rel.ttl"), Doc);

        var byFile = await KgRun.RunAsync("convert", input, "--to", "ntriples");
        var byBase = await KgRun.RunAsync("convert", input, "--to", "ntriples", "--base", "http://example.org/a/b/");

        Assert.True(byFile.ExitCode == 0, byFile.ToString());
        var fileBase = new Uri(input).AbsoluteUri;
        var expected = $"<{new Uri(new Uri(fileBase), "doc#it").AbsoluteUri}> <http://example.org/p> <{new Uri(new Uri(fileBase), "../other").AbsoluteUri}> .";
        Assert.StartsWith("file:///", fileBase, StringComparison.Ordinal);
        Assert.Equal(expected, byFile.Stdout.Trim());
        Assert.True(byBase.ExitCode == 0, byBase.ToString());
        Assert.Equal("<http://example.org/a/b/doc#it> <http://example.org/p> <http://example.org/a/other> .", byBase.Stdout.Trim());
    }

    [Fact]
    public async Task Turtle_prefixes_are_passed_on_to_a_turtle_output()
    {
        var input = _dir.Write("g.ttl", Samples.GraphTurtle);

        var run = await KgRun.RunAsync("convert", input, "--to", "turtle");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(new Regex("(@prefix|PREFIX) ex: <http://example.org/>", RegexOptions.IgnoreCase), run.Stdout);
        Assert.Contains("ex:alice", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<http://example.org/alice>", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(ExpectedGraph, Rdf.Sorted(Rdf.Read(run.Stdout, RdfFormat.Turtle)));
    }

    [Fact]
    public async Task Prefix_options_abbreviate_a_turtle_output_of_an_ntriples_input()
    {
        var input = _dir.Write("g.nt", Samples.GraphNTriples);

        var run = await KgRun.RunAsync("convert", input, "--to", "turtle", "--prefix", "ex=http://example.org/", "-p", "xsd=http://www.w3.org/2001/XMLSchema#");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(new Regex("(@prefix|PREFIX) ex: <http://example.org/>", RegexOptions.IgnoreCase), run.Stdout);
        Assert.Contains("ex:alice", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(ExpectedGraph, Rdf.Sorted(Rdf.Read(run.Stdout, RdfFormat.Turtle)));
    }

    [Fact]
    public async Task A_dataset_with_only_a_default_graph_converts_to_a_triple_format()
    {
        var input = _dir.Write("g.nq", Samples.GraphNTriples);

        var run = await KgRun.RunAsync("convert", input, "--to", "turtle");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(ExpectedGraph, Rdf.Sorted(Rdf.Read(run.Stdout, RdfFormat.Turtle)));
    }

    [Fact]
    public async Task Lenient_mode_skips_bad_statements_and_reports_them_on_stderr()
    {
        var input = _dir.Write("bad.nt", """
            <http://example.org/s> <http://example.org/p> "one" .
            <http://example.org/s> <http://example.org/p> "broken .
            <http://example.org/s> <http://example.org/p> "three" .

            """);
        var output = _dir.File("out.nt");

        var run = await KgRun.RunAsync("convert", input, "--lenient", "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var quads = Rdf.Read(File.ReadAllText(output), RdfFormat.NTriples);
        Assert.Equal(["\"one\"", "\"three\""], quads.Select(q => q.Obj.ToString()).Order(StringComparer.Ordinal));
        Assert.StartsWith(input + ":2:", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("skipped 1 statement(s) with errors; wrote 2 quad(s)", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("turtle", ".ttl")]
    [InlineData("trig", ".trig")]
    public async Task Streaming_layout_writes_the_same_graph(string to, string extension)
    {
        var input = _dir.Write("g.nt", Samples.GraphNTriples);
        var output = _dir.File("out" + extension);

        var run = await KgRun.RunAsync("convert", input, "--to", to, "--streaming", "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(ExpectedGraph, Rdf.Sorted(Rdf.Read(File.ReadAllText(output), RdfFormat.Find(to)!)));
    }

    [Fact]
    public async Task A_parse_error_does_not_flush_a_pretty_writers_buffered_graph_to_stdout()
    {
        var input = _dir.Write("bad.ttl", Samples.GraphTurtle + "ex:carol ex:name \"unterminated .\n");

        var run = await KgRun.RunAsync("convert", input, "--to", "turtle");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.StartsWith(input + ":8:", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
