using System.Text;
using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests.JsonLd;

/// <summary>
/// One test per JSON-LD suite that runs all its entries and prints <c>W3C json-ld-toRdf: N passed, N failed, N skipped</c>;
/// it fails when any entry fails or a skip-list line is stale.
/// </summary>
[Collection(JsonLdCollection.Name)]
public sealed class JsonLdSuiteSummaryTests(JsonLdSuitesFixture suites, ITestOutputHelper output)
{
    [SkippableTheory]
    [InlineData(JsonLdManifest.ToRdf)]
    [InlineData(JsonLdManifest.FromRdf)]
    public void Suite(string suite)
    {
        Skip.If(suites.Root is null, W3CTestSuiteLocator.NotFoundMessage);
        var results = suites.Entries(suite)
            .Select(entry => JsonLdEntryResult.Of(entry, JsonLdEntryRunner.Run(entry, suites.Loader), suites.SkipList))
            .ToList();
        var passed = results.Count(r => r.Status == W3CEntryStatus.Passed);
        var skipped = results.Count(r => r.Status == W3CEntryStatus.Skipped);
        var problems = results.Where(r => r.Status is W3CEntryStatus.Failed or W3CEntryStatus.PassingButListed).ToList();
        var stale = results.Count(r => r.Status == W3CEntryStatus.PassingButListed);

        var line = $"W3C {suite}: {passed} passed, {problems.Count} failed, {skipped} skipped"
            + (stale > 0 ? $" ({stale} of the failures are skip-list entries that now pass)" : string.Empty);
        output.WriteLine(line);
        suites.Announce(line);

        var report = new StringBuilder(line).AppendLine();
        foreach (var problem in problems)
        {
            report.Append("- ").AppendLine(problem.Explanation);
        }

        Assert.True(problems.Count == 0, report.ToString());
    }
}
