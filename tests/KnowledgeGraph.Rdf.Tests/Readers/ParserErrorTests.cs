using System.Runtime.CompilerServices;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Rdf.Tests.Readers;

/// <summary>
/// Error messages are data: each file in <c>ParserErrors/</c> is a bad input, and the file beside it with
/// <c>.expected</c> added holds the exact message it must produce (source, line, column, what was expected);
/// see <see cref="ExpectedMessages"/> for rewriting them.
/// </summary>
public sealed class ParserErrorTests
{
    public static TheoryData<string> Cases() => ExpectedMessages.Cases(Folder());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_gives_the_expected_message(string name)
    {
        var path = Path.Combine(Folder(), name);
        var format = RdfFormat.FromFileName(path) ?? throw new InvalidOperationException($"no format for {name}");
        var options = new RdfReaderOptions { SourceName = name };
        using var reader = RdfReaders.Create(format, new StreamReader(path), options);

        var error = Assert.Throws<RdfParseException>(() => reader.ReadQuads().ToList());

        ExpectedMessages.AssertMatches(path, error.Message);
    }

    [Fact]
    public void Every_bad_input_has_its_expected_message() => Assert.Empty(ExpectedMessages.Unpaired(Folder()));

    /// <summary>The source folder (not a copy in bin/), so that updating the expected files updates the repository.</summary>
    private static string Folder([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(here)!)!, "ParserErrors");
}
