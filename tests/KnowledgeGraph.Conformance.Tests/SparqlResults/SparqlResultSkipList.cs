namespace KnowledgeGraph.Conformance.Tests.SparqlResults;

/// <summary>The skip list of the SPARQL result checks (<c>SparqlResults/skip-list.txt</c>, copied beside the tests).</summary>
public static class SparqlResultSkipList
{
    public const string FileName = "sparql-results-skip-list.txt";

    private static readonly Lazy<SkipList> List = new(() =>
        SkipList.Parse(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, FileName)), FileName));

    public static string? ReasonFor(string id) => List.Value.ReasonFor(id);
}
