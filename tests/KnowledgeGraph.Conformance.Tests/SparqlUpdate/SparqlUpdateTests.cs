using System.Text;
using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests.SparqlUpdate;

/// <summary>
/// Every W3C update evaluation entry as its own case, on the in-memory target and on an LMDB store, and one
/// summary per backend that prints <c>W3C sparql11-update: N passed, N failed, N skipped</c>.
/// </summary>
[Collection(W3CCollection.Name)]
public sealed class SparqlUpdateTests(W3CSuitesFixture suites, ITestOutputHelper output)
{
    public static TheoryData<string> Ids => SparqlUpdateSuites.Ids();

    [SkippableTheory]
    [MemberData(nameof(Ids))]
    public void InMemory(string id) => Check(id, UpdateBackend.Memory);

    [SkippableTheory]
    [MemberData(nameof(Ids))]
    public void OnLmdb(string id) => Check(id, UpdateBackend.Lmdb);

    [SkippableTheory]
    [InlineData(UpdateBackend.Memory)]
    [InlineData(UpdateBackend.Lmdb)]
    public void Summary(UpdateBackend backend)
    {
        Skip.If(suites.Root is null, W3CTestSuiteLocator.NotFoundMessage);
        var results = SparqlUpdateSuites.Entries(suites.Root!)
            .Select(e => SparqlUpdateRunner.Judge(e, SparqlUpdateRunner.Run(e, backend), SparqlUpdateSuites.SkipList))
            .ToList();
        var passed = results.Count(r => r.Status == W3CEntryStatus.Passed);
        var skipped = results.Count(r => r.Status == W3CEntryStatus.Skipped);
        var problems = results.Where(r => r.Status is W3CEntryStatus.Failed or W3CEntryStatus.PassingButListed).ToList();
        var suite = backend == UpdateBackend.Memory ? SparqlUpdateSuites.Update11 : SparqlUpdateSuites.Update11 + "-lmdb";
        var line = $"W3C {suite}: {passed} passed, {problems.Count} failed, {skipped} skipped";
        output.WriteLine(line);
        suites.Announce(line);
        var report = new StringBuilder(line).AppendLine();
        foreach (var problem in problems)
        {
            report.Append("- ").AppendLine(problem.Explanation.Split('\n')[0]);
        }

        Assert.True(problems.Count == 0, report.ToString());
    }

    private void Check(string id, UpdateBackend backend)
    {
        Skip.If(suites.Root is null, W3CTestSuiteLocator.NotFoundMessage);
        var entry = SparqlUpdateSuites.Entry(suites.Root!, id);
        var outcome = SparqlUpdateRunner.Run(entry, backend);
        var (status, explanation) = SparqlUpdateRunner.Judge(entry, outcome, SparqlUpdateSuites.SkipList);
        output.WriteLine(outcome.Detail);
        Skip.If(status == W3CEntryStatus.Skipped, explanation);
        Assert.True(status == W3CEntryStatus.Passed, explanation);
    }
}
