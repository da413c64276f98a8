using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Conformance.Tests.SparqlEval;

/// <summary>
/// The SPARQL query evaluation suites: SPARQL 1.0 (manifest-evaluation.ttl and its includes) and SPARQL 1.1
/// query (manifest-sparql11-query.ttl's evaluation entries). The 1.1 entailment and service folders are not
/// included by that manifest (entailment regimes and federation are outside the engine) and so are not run.
/// </summary>
public static class SparqlEvalSuites
{
    public const string Sparql10 = "sparql10-eval";
    public const string Query11 = "sparql11-query-eval";
    public const string SkipListFileName = "sparql-eval-skip-list.txt";

    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<SparqlEvalEntry>>> Manifests = new(StringComparer.Ordinal);
    private static readonly Lazy<SkipList> Skips = new(() =>
        SkipList.Parse(File.ReadAllLines(Path.Combine(SourceFolder(), SkipListFileName)), SkipListFileName));

    public static SkipList SkipList => Skips.Value;

    public static string ManifestPath(string root, string suite) => suite == Sparql10
        ? Path.Combine(root, "sparql", "sparql10", "manifest-evaluation.ttl")
        : Path.Combine(root, "sparql", "sparql11", "manifest-sparql11-query.ttl");

    public static IReadOnlyList<SparqlEvalEntry> Entries(string root, string suite) =>
        Manifests.GetOrAdd(suite, s => new Lazy<IReadOnlyList<SparqlEvalEntry>>(() => SparqlEvalManifest.Read(ManifestPath(root, s), s))).Value;

    public static SparqlEvalEntry Entry(string root, string id) =>
        Entries(root, id[..id.IndexOf('#', StringComparison.Ordinal)]).Single(e => e.Id == id);

    public static TheoryData<string> Ids(string suite) =>
        W3CSuites.TheoryIds(suite + "#", W3CTestSuiteLocator.FindRoot(), root => Entries(root, suite).Select(e => e.Id));

    /// <summary>This source folder (the skip list is read from the repository, not a copy in bin/).</summary>
    private static string SourceFolder([CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;
}
