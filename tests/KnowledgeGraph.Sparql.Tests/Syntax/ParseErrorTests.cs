using System.Runtime.CompilerServices;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Sparql.Tests.Syntax;

/// <summary>
/// Error messages are data: each <c>.rq</c> (query) or <c>.ru</c> (update) file in <c>ParseErrors/</c> is a bad
/// input, and the file beside it with <c>.expected</c> added holds the exact message (source, line, column,
/// what was expected and found); see <see cref="ExpectedMessages"/> for rewriting them.
/// </summary>
public sealed class ParseErrorTests
{
    public static TheoryData<string> Cases() => ExpectedMessages.Cases(Folder());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gives_the_expected_message(string name)
    {
        var path = Path.Combine(Folder(), name);
        var text = File.ReadAllText(path);
        var error = name.EndsWith(".ru", StringComparison.Ordinal)
            ? Assert.Throws<SparqlParseException>(() => SparqlParser.ParseUpdate(text, sourceName: name))
            : Assert.Throws<SparqlParseException>(() => SparqlParser.ParseQuery(text, sourceName: name));

        ExpectedMessages.AssertMatches(path, error.Message);
    }

    [Fact]
    public void Every_bad_input_has_its_expected_message() => Assert.Empty(ExpectedMessages.Unpaired(Folder()));

    /// <summary>The source folder (not a copy in bin/), so that updating the expected files updates the repository.</summary>
    private static string Folder([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(here)!)!, "ParseErrors");
}
