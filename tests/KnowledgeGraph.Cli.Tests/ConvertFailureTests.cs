using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>Exit codes, messages and the output file when <c>kg convert</c> cannot do its job.</summary>
public sealed class ConvertFailureTests : IDisposable
{
    private const string BadNTriples = """
        <http://example.org/s> <http://example.org/p> "fine" .
        <http://example.org/s> <http://example.org/p> <http://example.org/o> <http://example.org/extra> <http://example.org/more> .

        """;

    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task A_parse_error_exits_1_with_the_readers_message_on_stderr()
    {
        var input = _dir.Write("bad.nt", BadNTriples);
        var expected = Rdf.ParseErrorOf(input, RdfFormat.NTriples);

        var run = await KgRun.RunAsync("convert", input, "-o", _dir.File("out.ttl"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(expected.Message + Environment.NewLine, run.Stderr);
        Assert.Equal(2, expected.Line);
        Assert.StartsWith($"{input}:2:{expected.Column}: ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public async Task A_parse_error_in_standard_input_names_stdin()
    {
        var run = await KgRun.WithStdinAsync("<http://example.org/s> <http://example.org/p> .\n", "convert", "-", "--from", "nt");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("<stdin>:1:", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_conversion_leaves_no_output_file_and_no_temporary_file()
    {
        var input = _dir.Write("bad.nt", BadNTriples);

        var run = await KgRun.RunAsync("convert", input, "-o", _dir.File("out.nt"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["bad.nt"], _dir.FileNames());
    }

    [Fact]
    public async Task A_failed_conversion_keeps_an_existing_output_file_as_it_was()
    {
        var input = _dir.Write("bad.nt", BadNTriples);
        var output = _dir.Write("out.nt", "previous content\n");

        var run = await KgRun.RunAsync("convert", input, "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("previous content\n", File.ReadAllText(output));
        Assert.Equal(["bad.nt", "out.nt"], _dir.FileNames());
    }

    [Fact]
    public async Task A_successful_conversion_replaces_an_existing_output_file()
    {
        var input = _dir.Write("g.ttl", Samples.GraphTurtle);
        var output = _dir.Write("out.nt", "previous content\n");

        var run = await KgRun.RunAsync("convert", input, "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(5, Rdf.Read(File.ReadAllText(output), RdfFormat.NTriples).Count);
        Assert.Equal(["g.ttl", "out.nt"], _dir.FileNames());
    }

    [Theory]
    [InlineData("unknown format 'yaml' for --from", "convert", "{in}", "--from", "yaml")]
    [InlineData("unknown format 'text/html' for --to", "convert", "{in}", "--to", "text/html")]
    [InlineData("cannot tell the format of '{dir}/g.data' from its extension", "convert", "{dir}/g.data")]
    [InlineData("cannot tell the format of output '{dir}/out.xyz'", "convert", "{in}", "-o", "{dir}/out.xyz")]
    [InlineData("the format of standard input cannot be guessed; give it with --from FORMAT", "convert", "-")]
    [InlineData("input file '{dir}/missing.nt' does not exist", "convert", "{dir}/missing.nt")]
    [InlineData("the directory of output file '{dir}/no/such/dir/out.nt' does not exist", "convert", "{in}", "-o", "{dir}/no/such/dir/out.nt")]
    [InlineData("--base 'not an iri' is not an absolute IRI", "convert", "{in}", "--base", "not an iri")]
    [InlineData("--prefix 'ex' should be NAME=IRI", "convert", "{in}", "--prefix", "ex")]
    [InlineData("--prefix '1x=http://example.org/': '1x' is not a Turtle prefix name", "convert", "{in}", "--prefix", "1x=http://example.org/")]
    [InlineData("--prefix 'ex=example.org': 'example.org' is not an absolute IRI", "convert", "{in}", "--prefix", "ex=example.org")]
    [InlineData("Required argument missing for command: 'convert'", "convert")]
    [InlineData("Unrecognized command or argument '--frobnicate'", "convert", "{in}", "--frobnicate")]
    [InlineData("Required command was not provided", new string[0])]
    public async Task Usage_errors_exit_2_with_a_message_naming_the_problem(string message, params string[] args)
    {
        var input = _dir.Write("g.ttl", Samples.GraphTurtle);
        _dir.Write("g.data", Samples.GraphTurtle);
        string Expand(string s) => s.Replace("{in}", input, StringComparison.Ordinal).Replace("{dir}", _dir.Path, StringComparison.Ordinal);

        var run = await KgRun.RunAsync(args.Select(Expand).ToArray());

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(Expand(message), run.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("kg", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal(["g.data", "g.ttl"], _dir.FileNames());
    }

    [Fact]
    public async Task Help_exits_0_and_lists_the_commands()
    {
        var run = await KgRun.RunAsync("--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("convert", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("bench", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_help_lists_its_options_and_the_formats_it_can_write()
    {
        var run = await KgRun.RunAsync("convert", "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var option in new[] { "--from", "--to", "--base", "--lenient", "--prefix", "--streaming", "--output" })
        {
            Assert.Contains(option, run.Stdout, StringComparison.Ordinal);
        }

        Assert.All(RdfWriters.Supported, f => Assert.Contains(f.Name, run.Stdout, StringComparison.Ordinal));
    }

    public void Dispose() => _dir.Dispose();
}
