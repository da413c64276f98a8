using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Conformance.Tests.SparqlSyntax;

/// <summary>The SPARQL syntax suites this runner covers, where their manifests are, and the skip list.</summary>
public static class SparqlSyntaxSuites
{
    public const string Sparql10 = "sparql10-syntax";
    public const string Query11 = "syntax-query";
    public const string Update1 = "syntax-update-1";
    public const string Update2 = "syntax-update-2";
    public const string Fed = "syntax-fed";

    public const string SkipListFileName = "sparql-syntax-skip-list.txt";

    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<SparqlSyntaxEntry>>> Manifests = new(StringComparer.Ordinal);
    private static readonly Lazy<SkipList> Skips = new(() =>
        SkipList.Parse(File.ReadAllLines(Path.Combine(SourceFolder(), SkipListFileName)), SkipListFileName));

    public static IReadOnlyList<string> All { get; } = [Sparql10, Query11, Update1, Update2, Fed];

    public static SkipList SkipList => Skips.Value;

    public static string ManifestPath(string root, string suite) => suite == Sparql10
        ? Path.Combine(root, "sparql", "sparql10", "manifest-syntax.ttl")
        : Path.Combine(root, "sparql", "sparql11", suite, "manifest.ttl");

    public static IReadOnlyList<SparqlSyntaxEntry> Entries(string root, string suite) =>
        Manifests.GetOrAdd(suite, s => new Lazy<IReadOnlyList<SparqlSyntaxEntry>>(() => SparqlSyntaxManifest.Read(ManifestPath(root, s), s))).Value;

    public static TheoryData<string> Ids(string suite)
    {
        var data = new TheoryData<string>();
        var root = W3CTestSuiteLocator.FindRoot();
        if (root is null)
        {
            data.Add(suite + "#" + W3CSuites.MissingSuitesPlaceholder);
            return data;
        }

        try
        {
            foreach (var entry in Entries(root, suite))
            {
                data.Add(entry.Id);
            }
        }
        catch (Exception)
        {
            data.Add(suite + "#" + W3CSuites.UnreadableManifestPlaceholder);
        }

        return data;
    }

    /// <summary>This source folder (the skip list is read from the repository, not a copy in bin/).</summary>
    private static string SourceFolder([CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;
}
