using KnowledgeGraph.Cli;
using KnowledgeGraph.Rdf.Formats.Turtle;

namespace KnowledgeGraph.Domain.Tests;

/// <summary><c>kg validate</c> in-process through <see cref="KgProgram.RunAsync"/>.</summary>
public sealed class ValidateCommandTests
{
    private static async Task<(int Exit, string Out, string Err)> Kg(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await KgProgram.RunAsync(args, new StringReader(string.Empty), stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string[] SeedArgs(params string[] extra) =>
        ["validate", "--shapes", RepoFiles.Shapes, RepoFiles.Ontology, .. RepoFiles.SeedData, .. extra];

    [Fact]
    public async Task Seed_data_conforms_with_exit_0()
    {
        var (exit, output, error) = await Kg(SeedArgs());
        Assert.Equal(0, exit);
        Assert.Equal("Conforms: true\n", output);
        Assert.Empty(error);
    }

    [Fact]
    public async Task Broken_record_gives_exit_1_and_a_text_report()
    {
        var (exit, output, _) = await Kg(SeedArgs(Path.Combine(RepoFiles.BrokenRecordsDirectory, "claim-two-claimants.trig")));
        Assert.Equal(1, exit);
        Assert.StartsWith("Violation claim:two-claimants kg:claimant - MaxCountConstraintComponent:", output, StringComparison.Ordinal);
        Assert.EndsWith("Conforms: false (1 result)\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turtle_report_parses_and_says_it_does_not_conform()
    {
        var (exit, output, _) = await Kg(SeedArgs(Path.Combine(RepoFiles.BrokenRecordsDirectory, "claim-without-source.trig"), "--format", "turtle"));
        Assert.Equal(1, exit);
        var quads = new TurtleReader(new StringReader(output)).ReadQuads().ToList();
        Assert.Contains(quads, q => q.Predicate.Value == "http://www.w3.org/ns/shacl#conforms" && q.Obj.ToString().StartsWith("\"false\"", StringComparison.Ordinal));
        Assert.Contains(quads, q => q.Predicate.Value == "http://www.w3.org/ns/shacl#focusNode" && q.Obj.ToString() == "<https://w3id.org/newskg/id/claim/no-source>");
        Assert.Contains(quads, q => q.Obj.ToString() == "<http://www.w3.org/ns/shacl#MinCountConstraintComponent>");
    }

    [Fact]
    public async Task Conforming_turtle_report()
    {
        var (exit, output, _) = await Kg(SeedArgs("--format", "turtle"));
        Assert.Equal(0, exit);
        var quads = new TurtleReader(new StringReader(output)).ReadQuads().ToList();
        Assert.Equal(2, quads.Count);
    }

    [Fact]
    public async Task Missing_shapes_option_is_a_usage_error()
    {
        var (exit, _, error) = await Kg("validate", RepoFiles.SeedArticle);
        Assert.Equal(2, exit);
        Assert.Contains("--shapes", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_data_file_is_a_usage_error()
    {
        var (exit, _, error) = await Kg("validate", "--shapes", RepoFiles.Shapes, "no-such-file.trig");
        Assert.Equal(2, exit);
        Assert.Contains("no such file: no-such-file.trig", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_format_is_a_usage_error()
    {
        var (exit, _, _) = await Kg(SeedArgs("--format", "json"));
        Assert.Equal(2, exit);
    }

    [Fact]
    public async Task Data_that_does_not_parse_fails_with_the_position()
    {
        var bad = Path.Combine(Path.GetTempPath(), $"kg-validate-{Guid.NewGuid():N}.ttl");
        await File.WriteAllTextAsync(bad, "<http://example.com/a> <http://example.com/b> .\n");
        try
        {
            var (exit, _, error) = await Kg("validate", "--shapes", RepoFiles.Shapes, bad);
            Assert.Equal(1, exit);
            Assert.Contains(":1:", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(bad);
        }
    }
}
