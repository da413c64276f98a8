using System.Text;
using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests.RdfXml;

/// <summary>
/// Runs the whole rdf-xml suite and prints <c>W3C rdf-xml: N passed, N failed, N skipped</c> to the test
/// output and the console; fails when any entry fails or a skip-list line is stale.
/// </summary>
[Collection(W3CCollection.Name)]
public sealed class RdfXmlSuiteSummaryTests(W3CSuitesFixture suites, ITestOutputHelper output)
{
    [SkippableFact]
    public void Suite()
    {
        Skip.If(suites.Root is null, W3CTestSuiteLocator.NotFoundMessage);
        var skipList = RdfXmlSuite.LoadSkipList();
        var entries = suites.Entries(RdfXmlSuite.Name);
        Assert.True(entries.Count >= 160, $"the rdf-xml manifest lists only {entries.Count} entries; is the copy complete?");
        var results = entries.Select(entry => W3CEntryResult.Of(entry, RdfXmlEntryRunner.Run(entry), skipList)).ToList();
        var passed = results.Count(r => r.Status == W3CEntryStatus.Passed);
        var skipped = results.Count(r => r.Status == W3CEntryStatus.Skipped);
        var problems = results.Where(r => r.Status is W3CEntryStatus.Failed or W3CEntryStatus.PassingButListed).ToList();
        var stale = results.Count(r => r.Status == W3CEntryStatus.PassingButListed);

        var line = $"W3C {RdfXmlSuite.Name}: {passed} passed, {problems.Count} failed, {skipped} skipped"
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
