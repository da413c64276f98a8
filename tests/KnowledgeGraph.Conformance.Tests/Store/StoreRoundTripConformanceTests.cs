using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests.Store;

/// <summary>
/// Every TriG eval entry loaded into a real LMDB store and exported again (<see cref="StoreRoundTripRunner"/>).
/// Ids are <c>store:suite#entry</c> in the skip list.
/// </summary>
[Collection(W3CCollection.Name)]
public sealed class StoreRoundTripConformanceTests(W3CSuitesFixture suites, ITestOutputHelper output)
{
    public static TheoryData<string> TriGEvalIds => W3CSuites.Ids(W3CSuites.TriG, IsEval);

    [SkippableTheory]
    [MemberData(nameof(TriGEvalIds))]
    public async Task TriGLoadThenExport(string id)
    {
        Skip.If(suites.Root is null, W3CTestSuiteLocator.NotFoundMessage);
        var entry = suites.Entry(id);
        var result = Classify(entry, await StoreRoundTripRunner.RunAsync(entry));
        output.WriteLine(result.Outcome.Detail);
        Skip.If(result.Status == W3CEntryStatus.Skipped, result.Explanation);
        Assert.True(result.Status == W3CEntryStatus.Passed, result.Explanation);
    }

    [SkippableFact]
    public async Task Summary()
    {
        Skip.If(suites.Root is null, W3CTestSuiteLocator.NotFoundMessage);
        var results = new List<W3CEntryResult>();
        foreach (var entry in suites.Entries(W3CSuites.TriG).Where(IsEval))
        {
            results.Add(Classify(entry, await StoreRoundTripRunner.RunAsync(entry)));
        }

        var problems = results.Where(r => r.Status is W3CEntryStatus.Failed or W3CEntryStatus.PassingButListed).ToList();
        var line = $"kg load + export {W3CSuites.TriG}: {results.Count(r => r.Status == W3CEntryStatus.Passed)} passed, {problems.Count} failed, {results.Count(r => r.Status == W3CEntryStatus.Skipped)} skipped";
        output.WriteLine(line);
        suites.Announce(line);
        Assert.True(problems.Count == 0, line + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "- " + p.Explanation)));
    }

    private static bool IsEval(W3CTestEntry entry) => entry.Kind == W3CTestKind.Eval;

    private W3CEntryResult Classify(W3CTestEntry entry, W3CEntryOutcome outcome) =>
        W3CEntryResult.Of(entry, outcome, suites.SkipList, "store:" + entry.Id);
}
