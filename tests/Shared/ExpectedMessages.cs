namespace KnowledgeGraph.Tests.Shared;

/// <summary>
/// Error messages as data, shared by the parser-error tests of every layer: each bad input in a folder sits beside a
/// file named like it with <c>.expected</c> added, holding the exact message it must produce. Set
/// <c>KG_UPDATE_EXPECTED=1</c> to rewrite the expected files after a deliberate wording change, then review the diff.
/// Compiled into each test project that uses it (linked from tests/Shared), so no project references another's tests.
/// </summary>
internal static class ExpectedMessages
{
    private const string Suffix = ".expected";

    /// <summary>The bad inputs of <paramref name="folder"/> by file name, in ordinal order.</summary>
    public static TheoryData<string> Cases(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Inputs(folder))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    /// <summary>Asserts that <paramref name="message"/> is the one expected for the bad input at <paramref name="inputPath"/>.</summary>
    public static void AssertMatches(string inputPath, string message)
    {
        var expectedPath = inputPath + Suffix;
        if (Environment.GetEnvironmentVariable("KG_UPDATE_EXPECTED") == "1")
        {
            File.WriteAllText(expectedPath, message + "\n");
        }

        Assert.Equal(File.ReadAllText(expectedPath).TrimEnd('\n'), message);
    }

    /// <summary>The bad inputs of <paramref name="folder"/> that have no expected message yet.</summary>
    public static IReadOnlyList<string?> Unpaired(string folder) =>
        Inputs(folder).Where(f => !File.Exists(f + Suffix)).Select(Path.GetFileName).ToList();

    private static IEnumerable<string> Inputs(string folder) =>
        Directory.GetFiles(folder).Where(f => !f.EndsWith(Suffix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);
}
