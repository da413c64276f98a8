using System.Text;
using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests.SparqlEval;

/// <summary>Every W3C query evaluation entry as its own case, and a per-suite summary that prints the counts.</summary>
[Collection(W3CCollection.Name)]
public sealed class SparqlEvalTests(W3CSuitesFixture suites, ITestOutputHelper output)
{
    public static TheoryData<string> Sparql10Ids => SparqlEvalSuites.Ids(SparqlEvalSuites.Sparql10);

    public static TheoryData<string> Query11Ids => SparqlEvalSuites.Ids(SparqlEvalSuites.Query11);

    [SkippableTheory]
    [MemberData(nameof(Sparql10Ids))]
    public void Sparql10(string id) => Check(id);

    [SkippableTheory]
    [MemberData(nameof(Query11Ids))]
    public void Query11(string id) => Check(id);

    [SkippableTheory]
    [InlineData(SparqlEvalSuites.Sparql10)]
    [InlineData(SparqlEvalSuites.Query11)]
    public void Summary(string suite)
    {
        Skip.If(suites.Root is null, W3CTestSuiteLocator.NotFoundMessage);
        var results = SparqlEvalSuites.Entries(suites.Root!, suite)
            .Select(e => SparqlEvalRunner.Judge(e, SparqlEvalRunner.Run(e), SparqlEvalSuites.SkipList))
            .ToList();
        var passed = results.Count(r => r.Status == W3CEntryStatus.Passed);
        var skipped = results.Count(r => r.Status == W3CEntryStatus.Skipped);
        var problems = results.Where(r => r.Status is W3CEntryStatus.Failed or W3CEntryStatus.PassingButListed).ToList();
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

    private void Check(string id)
    {
        Skip.If(suites.Root is null, W3CTestSuiteLocator.NotFoundMessage);
        var entry = SparqlEvalSuites.Entry(suites.Root!, id);
        var outcome = SparqlEvalRunner.Run(entry);
        var (status, explanation) = SparqlEvalRunner.Judge(entry, outcome, SparqlEvalSuites.SkipList);
        output.WriteLine(outcome.Detail);
        Skip.If(status == W3CEntryStatus.Skipped, explanation);
        Assert.True(status == W3CEntryStatus.Passed, explanation);
    }
}
