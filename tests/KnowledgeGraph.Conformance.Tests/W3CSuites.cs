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

    /// <summary>The ids of an RDF 1.1 suite's entries for an xunit theory (see <see cref="TheoryIds"/>).</summary>
    public static TheoryData<string> Ids(string suite, Func<W3CTestEntry, bool>? filter = null) =>
        TheoryIds(suite + "#", W3CTestSuiteLocator.FindRoot(),
            root => W3CManifest.Read(Rdf11Directory(root), suite).Where(filter ?? (_ => true)).Select(e => e.Id));

    /// <summary>
    /// The ids of a suite's entries for an xunit theory, read by <paramref name="read"/> from <paramref name="location"/>
    /// (the suites' root or a folder in it). When the suites are missing (null location), or the manifest cannot be
    /// read, one placeholder id (<paramref name="prefix"/> + placeholder) stands in, so the theory still has a case to
    /// skip or fail: the case re-reads the manifest and fails with the error.
    /// </summary>
    public static TheoryData<string> TheoryIds(string prefix, string? location, Func<string, IEnumerable<string>> read)
    {
        var data = new TheoryData<string>();
        if (location is null)
        {
            data.Add(prefix + MissingSuitesPlaceholder);
            return data;
        }

        List<string> ids;
        try
        {
            ids = read(location).ToList();
        }
        catch (Exception)
        {
            data.Add(prefix + UnreadableManifestPlaceholder);
            return data;
        }

        foreach (var id in ids)
        {
            data.Add(id);
        }

        return data;
    }

    /// <summary>The skip-list id of the <c>kg convert</c> check of an eval entry.</summary>
    public static string ConvertCheckId(W3CTestEntry entry) => "convert:" + entry.Id;

    public const string MissingSuitesPlaceholder = "(suites-not-found)";

    public const string UnreadableManifestPlaceholder = "(manifest-unreadable)";
}
