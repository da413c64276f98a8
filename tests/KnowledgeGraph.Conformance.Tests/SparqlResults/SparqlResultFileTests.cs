using System.Text;
using KnowledgeGraph.Sparql.Results;
using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests.SparqlResults;

/// <summary>
/// Every SPARQL result file of the W3C suites as its own case (read, then round-tripped through all four
/// formats), the pairs of files that hold one result in two formats, and a summary line
/// <c>W3C sparql-result-files: N passed, N failed, N skipped</c>.
/// </summary>
[Collection(W3CCollection.Name)]
public sealed class SparqlResultFileTests(W3CSuitesFixture suites, ITestOutputHelper output)
{
    private const string SkipListFileName = SparqlResultSkipList.FileName;

    public static TheoryData<string> Files => SparqlResultFiles.Names();

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void ResultFile(string name)
    {
        var dir = SparqlResultFiles.SparqlDirectory();
        Skip.If(dir is null, W3CTestSuiteLocator.NotFoundMessage);
        var (passed, detail) = SparqlResultFileCheck.Run(SparqlResultFiles.FullPath(dir, name));
        output.WriteLine(detail);
        var reason = SparqlResultSkipList.ReasonFor(SparqlResultFiles.Suite + "#" + name);
        Skip.If(reason is not null && !passed, $"{SkipListFileName}: {reason}. Still failing: {detail}");
        Assert.True(reason is null, $"{name} is listed in {SkipListFileName} ({reason}) but now passes: remove its line.");
        Assert.True(passed, detail);
    }

    [SkippableFact]
    public void Summary()
    {
        var dir = SparqlResultFiles.SparqlDirectory();
        Skip.If(dir is null, W3CTestSuiteLocator.NotFoundMessage);
        int passed = 0, skipped = 0;
        var problems = new List<string>();
        foreach (var name in SparqlResultFiles.All(dir))
        {
            var (ok, detail) = SparqlResultFileCheck.Run(SparqlResultFiles.FullPath(dir, name));
            var reason = SparqlResultSkipList.ReasonFor(SparqlResultFiles.Suite + "#" + name);
            if (ok && reason is null)
            {
                passed++;
            }
            else if (!ok && reason is not null)
            {
                skipped++;
            }
            else
            {
                problems.Add(ok ? $"{name} is listed in {SkipListFileName} but now passes" : detail);
            }
        }

        var line = $"W3C {SparqlResultFiles.Suite}: {passed} passed, {problems.Count} failed, {skipped} skipped";
        output.WriteLine(line);
        suites.Announce(line);
        var report = new StringBuilder(line).AppendLine();
        foreach (var p in problems)
        {
            report.Append("- ").AppendLine(p);
        }

        Assert.True(problems.Count == 0, report.ToString());
    }

    public static TheoryData<string> Pairs => SparqlResultFiles.PairNames();

    /// <summary>
    /// The files that hold one result in two formats agree: lossless formats by term equality, a CSV file
    /// with the CSV view of a lossless one (blank nodes matched by a bijection). In the W3C copy these are
    /// the csv-tsv-res pairs.
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(Pairs))]
    public void FilesOfTheSameResultAgree(string stem)
    {
        var dir = SparqlResultFiles.SparqlDirectory();
        Skip.If(dir is null, W3CTestSuiteLocator.NotFoundMessage);
        var differences = new List<string>();
        var byFormat = SparqlResultFiles.All(dir)
            .Where(n => n[..n.LastIndexOf('.')] == stem)
            .ToDictionary(n => SparqlResultsFormat.FromFileName(n)!, n => SparqlResultsReaders.ReadFile(SparqlResultFiles.FullPath(dir, n)));
        var lossless = byFormat.Where(p => p.Key != SparqlResultsFormat.Csv).ToList();
        Assert.NotEmpty(lossless);
        for (var i = 1; i < lossless.Count; i++)
        {
            if (ResultsEquivalence.Difference(lossless[0].Value, lossless[i].Value, ordered: true) is { } d)
            {
                differences.Add($"{lossless[i].Key} vs {lossless[0].Key}: {d}");
            }
        }

        if (byFormat.TryGetValue(SparqlResultsFormat.Csv, out var csv))
        {
            var view = SparqlCsvResultsReader.CsvView((SolutionSequence)lossless[0].Value);
            if (ResultsEquivalence.Difference(view, csv, ordered: true) is { } d)
            {
                differences.Add($"CSV vs the CSV view of {lossless[0].Key}: {d}");
            }
        }

        var detail = differences.Count == 0 ? $"{stem}: {string.Join(", ", byFormat.Keys)} agree" : $"{stem}: " + string.Join("\n", differences);
        output.WriteLine(detail);
        var reason = SparqlResultSkipList.ReasonFor(SparqlResultFiles.PairSuite + "#" + stem);
        Skip.If(reason is not null && differences.Count > 0, $"{SkipListFileName}: {reason}. Still failing: {detail}");
        Assert.True(reason is null, $"{stem} is listed in {SkipListFileName} ({reason}) but now passes: remove its line.");
        Assert.True(differences.Count == 0, detail);
    }
}
