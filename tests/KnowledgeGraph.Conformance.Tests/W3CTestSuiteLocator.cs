namespace KnowledgeGraph.Conformance.Tests;

/// <summary>
/// Finds the copy of the W3C test repositories: <c>KG_W3C_TESTS</c> when set, otherwise
/// <c>../shared/w3c-tests</c> beside the folder that holds <c>KnowledgeGraph.sln</c>.
/// </summary>
public static class W3CTestSuiteLocator
{
    public const string EnvironmentVariable = "KG_W3C_TESTS";

    public const string FetchScript = "scripts/fetch-w3c-tests.sh";

    /// <summary>Why the suites are missing, for the skip message of every suite test.</summary>
    public static string NotFoundMessage =>
        $"W3C test suites not found (looked at {DescribeCandidate()}): run {FetchScript} and set {EnvironmentVariable} to the folder it fills.";

    /// <summary>The root of the copy (the folder holding <c>rdf/rdf11/</c>), or null when there is none.</summary>
    public static string? FindRoot()
    {
        var candidate = Candidate();
        return candidate is not null && File.Exists(Path.Combine(candidate, "rdf", "rdf11", "rdf-turtle", "manifest.ttl"))
            ? Path.GetFullPath(candidate)
            : null;
    }

    private static string? Candidate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return Path.Combine(dir.FullName, "..", "shared", "w3c-tests");
            }
        }

        return null;
    }

    private static string DescribeCandidate() => Candidate() is { } path ? Path.GetFullPath(path) : "no KnowledgeGraph.sln above " + AppContext.BaseDirectory;
}
