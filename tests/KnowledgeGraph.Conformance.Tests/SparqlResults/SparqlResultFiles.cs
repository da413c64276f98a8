namespace KnowledgeGraph.Conformance.Tests.SparqlResults;

/// <summary>
/// The SPARQL result files (<c>.srx</c>, <c>.srj</c>, <c>.tsv</c>, <c>.csv</c>) of the W3C SPARQL suites, named by
/// their path under <c>sparql/</c> with forward slashes (<c>sparql11/json-res/jsonres01.srj</c>).
/// </summary>
public static class SparqlResultFiles
{
    public const string Suite = "sparql-result-files";

    /// <summary>The suite name of the checks that two files of one result (same stem, two formats) agree.</summary>
    public const string PairSuite = "sparql-result-pairs";

    public static readonly string[] Extensions = [".srx", ".srj", ".tsv", ".csv"];

    /// <summary>The <c>sparql/</c> folder of the W3C copy, or null when the copy or its SPARQL part is missing.</summary>
    public static string? SparqlDirectory()
    {
        var root = W3CTestSuiteLocator.FindRoot();
        var dir = root is null ? null : Path.Combine(root, "sparql");
        return dir is not null && Directory.Exists(Path.Combine(dir, "sparql11")) ? dir : null;
    }

    /// <summary>Every result file, as sorted relative names.</summary>
    public static IReadOnlyList<string> All(string sparqlDirectory) =>
        Directory.EnumerateFiles(sparqlDirectory, "*", SearchOption.AllDirectories)
            .Where(p => Extensions.Contains(Path.GetExtension(p), StringComparer.OrdinalIgnoreCase))
            .Select(p => Path.GetRelativePath(sparqlDirectory, p).Replace(Path.DirectorySeparatorChar, '/'))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

    public static string FullPath(string sparqlDirectory, string name) => Path.Combine(sparqlDirectory, name.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The file names for an xunit theory; one placeholder when the suites are missing, so the theory has a case to skip.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        var dir = SparqlDirectory();
        if (dir is null)
        {
            data.Add(W3CSuites.MissingSuitesPlaceholder);
            return data;
        }

        foreach (var name in All(dir))
        {
            data.Add(name);
        }

        return data;
    }

    /// <summary>The stems (name without extension) that exist in more than one result format.</summary>
    public static TheoryData<string> PairNames()
    {
        var data = new TheoryData<string>();
        var dir = SparqlDirectory();
        if (dir is null)
        {
            data.Add(W3CSuites.MissingSuitesPlaceholder);
            return data;
        }

        foreach (var group in All(dir).GroupBy(n => n[..n.LastIndexOf('.')]).Where(g => g.Count() > 1))
        {
            data.Add(group.Key);
        }

        return data;
    }
}
