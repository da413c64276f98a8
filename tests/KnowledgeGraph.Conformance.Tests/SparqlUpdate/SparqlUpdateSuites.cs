using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Conformance.Tests.SparqlUpdate;

/// <summary>
/// The SPARQL 1.1 Update evaluation suite: the mf:UpdateEvaluationTest entries of manifest-sparql11-update.ttl
/// and its includes (add, basic-update, clear, copy, delete-data, delete-insert, delete-where, delete, drop, move,
/// update-silent). Its syntax entries (syntax-update-1, syntax-update-2) run in the SparqlSyntax runner.
/// </summary>
public static class SparqlUpdateSuites
{
    public const string Update11 = "sparql11-update";
    public const string SkipListFileName = "sparql-update-skip-list.txt";

    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<SparqlUpdateEntry>>> Manifests = new(StringComparer.Ordinal);
    private static readonly Lazy<SkipList> Skips = new(() =>
        SkipList.Parse(File.ReadAllLines(Path.Combine(SourceFolder(), SkipListFileName)), SkipListFileName));

    public static SkipList SkipList => Skips.Value;

    public static string ManifestPath(string root) => Path.Combine(root, "sparql", "sparql11", "manifest-sparql11-update.ttl");

    public static IReadOnlyList<SparqlUpdateEntry> Entries(string root) =>
        Manifests.GetOrAdd(Update11, s => new Lazy<IReadOnlyList<SparqlUpdateEntry>>(() => SparqlUpdateManifest.Read(ManifestPath(root), s))).Value;

    public static SparqlUpdateEntry Entry(string root, string id) => Entries(root).Single(e => e.Id == id);

    public static TheoryData<string> Ids() =>
        W3CSuites.TheoryIds(Update11 + "#", W3CTestSuiteLocator.FindRoot(), root => Entries(root).Select(e => e.Id));

    /// <summary>This source folder (the skip list is read from the repository, not a copy in bin/).</summary>
    private static string SourceFolder([CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;
}
