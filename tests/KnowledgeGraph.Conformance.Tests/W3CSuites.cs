namespace KnowledgeGraph.Conformance.Tests;

/// <summary>The four RDF 1.1 suites this runner covers, in the order they are reported.</summary>
public static class W3CSuites
{
    public const string NTriples = "rdf-n-triples";
    public const string NQuads = "rdf-n-quads";
    public const string Turtle = "rdf-turtle";
    public const string TriG = "rdf-trig";

    public static IReadOnlyList<string> All { get; } = [NTriples, NQuads, Turtle, TriG];

    /// <summary>Where the suites of the copy at <paramref name="root"/> live.</summary>
    public static string Rdf11Directory(string root) => Path.Combine(root, "rdf", "rdf11");

    /// <summary>
    /// The ids of a suite's entries for an xunit theory. When the suites are missing, or the manifest
    /// cannot be read, one placeholder id stands in, so the theory still has a case to skip or fail.
    /// </summary>
    public static TheoryData<string> Ids(string suite, Func<W3CTestEntry, bool>? filter = null)
    {
        var data = new TheoryData<string>();
        var root = W3CTestSuiteLocator.FindRoot();
        if (root is null)
        {
            data.Add(suite + "#" + MissingSuitesPlaceholder);
            return data;
        }

        IReadOnlyList<W3CTestEntry> entries;
        try
        {
            entries = W3CManifest.Read(Rdf11Directory(root), suite);
        }
        catch (Exception)
        {
            // The test case re-reads the manifest and fails with the error.
            data.Add(suite + "#" + UnreadableManifestPlaceholder);
            return data;
        }

        foreach (var entry in entries.Where(filter ?? (_ => true)))
        {
            data.Add(entry.Id);
        }

        return data;
    }

    /// <summary>The skip-list id of the <c>kg convert</c> check of an eval entry.</summary>
    public static string ConvertCheckId(W3CTestEntry entry) => "convert:" + entry.Id;

    public const string MissingSuitesPlaceholder = "(suites-not-found)";

    public const string UnreadableManifestPlaceholder = "(manifest-unreadable)";
}
