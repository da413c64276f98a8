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

    /// <summary>Syntax entries that live in the SPARQL 1.1 evaluation folders (e.g. aggregates/agg08, delete-insert-03).</summary>
    public const string EvalFolders = "sparql11-eval-folders";

    public const string SkipListFileName = "sparql-syntax-skip-list.txt";

    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<SparqlSyntaxEntry>>> Manifests = new(StringComparer.Ordinal);
    private static readonly Lazy<SkipList> Skips = new(() =>
        SkipList.Parse(File.ReadAllLines(Path.Combine(SourceFolder(), SkipListFileName)), SkipListFileName));

    public static IReadOnlyList<string> All { get; } = [Sparql10, Query11, Update1, Update2, Fed, EvalFolders];

    public static SkipList SkipList => Skips.Value;

    public static string ManifestPath(string root, string suite) => suite == Sparql10
        ? Path.Combine(root, "sparql", "sparql10", "manifest-syntax.ttl")
        : Path.Combine(root, "sparql", "sparql11", suite, "manifest.ttl");

    public static IReadOnlyList<SparqlSyntaxEntry> Entries(string root, string suite) =>
        Manifests.GetOrAdd(suite, s => new Lazy<IReadOnlyList<SparqlSyntaxEntry>>(() => Load(root, s))).Value;

    private static IReadOnlyList<SparqlSyntaxEntry> Load(string root, string suite)
    {
        if (suite != EvalFolders)
        {
            return SparqlSyntaxManifest.Read(ManifestPath(root, suite), suite);
        }

        // The query and update manifests include the syntax-* folders too: those are suites of their own.
        var folder = Path.Combine(root, "sparql", "sparql11");
        return SparqlSyntaxManifest.Read(Path.Combine(folder, "manifest-sparql11-query.ttl"), suite)
            .Concat(SparqlSyntaxManifest.Read(Path.Combine(folder, "manifest-sparql11-update.ttl"), suite))
            .Where(e => !e.Name.StartsWith("syntax-", StringComparison.Ordinal))
            .ToList();
    }

    public static TheoryData<string> Ids(string suite) =>
        W3CSuites.TheoryIds(suite + "#", W3CTestSuiteLocator.FindRoot(), root => Entries(root, suite).Select(e => e.Id));

    /// <summary>This source folder (the skip list is read from the repository, not a copy in bin/).</summary>
    private static string SourceFolder([CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;
}
