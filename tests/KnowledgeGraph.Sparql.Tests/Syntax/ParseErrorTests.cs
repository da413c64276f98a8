using System.Runtime.CompilerServices;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Tests.Syntax;

/// <summary>
/// Error messages are data: each <c>.rq</c> (query) or <c>.ru</c> (update) file in <c>ParseErrors/</c> is a bad
/// input, and the file beside it with <c>.expected</c> added holds the exact message (source, line, column,
/// what was expected and found). Set <c>KG_UPDATE_EXPECTED=1</c> to rewrite the expected files after a
/// deliberate wording change, then review the diff.
/// </summary>
public sealed class ParseErrorTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder()).Where(f => !f.EndsWith(".expected", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gives_the_expected_message(string name)
    {
        var path = Path.Combine(Folder(), name);
        var text = File.ReadAllText(path);
        var error = name.EndsWith(".ru", StringComparison.Ordinal)
            ? Assert.Throws<SparqlParseException>(() => SparqlParser.ParseUpdate(text, sourceName: name))
            : Assert.Throws<SparqlParseException>(() => SparqlParser.ParseQuery(text, sourceName: name));

        var expectedPath = path + ".expected";
        if (Environment.GetEnvironmentVariable("KG_UPDATE_EXPECTED") == "1")
        {
            File.WriteAllText(expectedPath, error.Message + "\n");
        }

        Assert.Equal(File.ReadAllText(expectedPath).TrimEnd('\n'), error.Message);
    }

    [Fact]
    public void Every_bad_input_has_its_expected_message()
    {
        var missing = Directory.GetFiles(Folder())
            .Where(f => !f.EndsWith(".expected", StringComparison.Ordinal) && !File.Exists(f + ".expected"))
            .Select(Path.GetFileName)
            .ToList();
        Assert.Empty(missing);
    }

    /// <summary>The source folder (not a copy in bin/), so that updating the expected files updates the repository.</summary>
    private static string Folder([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(here)!)!, "ParseErrors");
}
