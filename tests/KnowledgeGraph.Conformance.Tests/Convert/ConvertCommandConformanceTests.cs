using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests.Convert;

/// <summary>
/// <c>kg convert</c> on every Turtle and TriG eval entry: its N-Triples/N-Quads output must be
/// isomorphic to the expected result. Ids are <c>convert:suite#entry</c> (also in the skip list).
/// </summary>
[Collection(W3CCollection.Name)]
public sealed class ConvertCommandConformanceTests(W3CSuitesFixture suites, ITestOutputHelper output)
{
    public static TheoryData<string> TurtleEvalIds => W3CSuites.Ids(W3CSuites.Turtle, IsEval);

    public static TheoryData<string> TriGEvalIds => W3CSuites.Ids(W3CSuites.TriG, IsEval);

    [SkippableTheory]
    [MemberData(nameof(TurtleEvalIds))]
    public Task TurtleToNTriples(string id) => CheckAsync(id);

    [SkippableTheory]
    [MemberData(nameof(TriGEvalIds))]
    public Task TriGToNQuads(string id) => CheckAsync(id);

    [SkippableTheory]
    [InlineData(W3CSuites.Turtle)]
    [InlineData(W3CSuites.TriG)]
    public async Task Summary(string suite)
    {
        Skip.If(suites.Root is null, W3CTestSuiteLocator.NotFoundMessage);
        var results = new List<W3CEntryResult>();
        foreach (var entry in suites.Entries(suite).Where(IsEval))
        {
            results.Add(Classify(entry, await ConvertCommandRunner.RunAsync(entry)));
        }

        var problems = results.Where(r => r.Status is W3CEntryStatus.Failed or W3CEntryStatus.PassingButListed).ToList();
        var line = $"kg convert {suite}: {results.Count(r => r.Status == W3CEntryStatus.Passed)} passed, {problems.Count} failed, {results.Count(r => r.Status == W3CEntryStatus.Skipped)} skipped";
        output.WriteLine(line);
        suites.Announce(line);
        Assert.True(problems.Count == 0, line + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "- " + p.Explanation)));
    }

    private static bool IsEval(W3CTestEntry entry) => entry.Kind == W3CTestKind.Eval;

    private async Task CheckAsync(string id)
    {
        Skip.If(suites.Root is null, W3CTestSuiteLocator.NotFoundMessage);
        var entry = suites.Entry(id);
        var result = Classify(entry, await ConvertCommandRunner.RunAsync(entry));
        output.WriteLine(result.Outcome.Detail);
        Skip.If(result.Status == W3CEntryStatus.Skipped, result.Explanation);
        Assert.True(result.Status == W3CEntryStatus.Passed, result.Explanation);
    }

    private W3CEntryResult Classify(W3CTestEntry entry, W3CEntryOutcome outcome) =>
        W3CEntryResult.Of(entry, outcome, suites.SkipList, W3CSuites.ConvertCheckId(entry));
}
