using System.Text;
using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests.SparqlResults;

/// <summary>
/// The W3C SPARQL 1.1 result-format tests (<c>csv-tsv-res</c>, <c>json-res</c>), one case per entry, and the
/// summary line <c>W3C sparql11-results: N passed, N failed, N skipped</c>.
/// </summary>
[Collection(W3CCollection.Name)]
public sealed class SparqlResultFormatTests(W3CSuitesFixture suites, ITestOutputHelper output)
{
    public const string Suite = "sparql11-results";

    public static TheoryData<string> Ids() =>
        W3CSuites.TheoryIds("", SparqlResultFiles.SparqlDirectory(), dir => SparqlResultFormatManifest.ReadAll(dir).Select(e => e.Id));

    [SkippableTheory]
    [MemberData(nameof(Ids))]
    public async Task Entry(string id)
    {
        var dir = SparqlResultFiles.SparqlDirectory();
        Skip.If(dir is null, W3CTestSuiteLocator.NotFoundMessage);
        var entry = SparqlResultFormatManifest.ReadAll(dir).SingleOrDefault(e => e.Id == id)
            ?? throw new InvalidOperationException($"{id}: no such entry in the result-format manifests.");
        var (passed, detail) = await SparqlResultFormatRunner.RunAsync(entry);
        output.WriteLine(detail);
        var reason = SparqlResultSkipList.ReasonFor(Suite + "#" + id);
        Skip.If(reason is not null && !passed, $"{SparqlResultSkipList.FileName}: {reason}. Still failing: {detail}");
        Assert.True(reason is null, $"{id} is listed in {SparqlResultSkipList.FileName} ({reason}) but now passes: remove its line.");
        Assert.True(passed, detail);
    }

    [SkippableFact]
    public async Task Summary()
    {
        var dir = SparqlResultFiles.SparqlDirectory();
        Skip.If(dir is null, W3CTestSuiteLocator.NotFoundMessage);
        int passed = 0, skipped = 0;
        var problems = new List<string>();
        foreach (var entry in SparqlResultFormatManifest.ReadAll(dir))
        {
            var (ok, detail) = await SparqlResultFormatRunner.RunAsync(entry);
            var reason = SparqlResultSkipList.ReasonFor(Suite + "#" + entry.Id);
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
                problems.Add(ok ? $"{entry.Id} is listed in {SparqlResultSkipList.FileName} but now passes" : detail);
            }
        }

        var line = $"W3C {Suite}: {passed} passed, {problems.Count} failed, {skipped} skipped";
        output.WriteLine(line);
        suites.Announce(line);
        var report = new StringBuilder(line).AppendLine();
        foreach (var p in problems)
        {
            report.Append("- ").AppendLine(p);
        }

        Assert.True(problems.Count == 0, report.ToString());
    }
}
