using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests;

/// <summary>Every entry of the four RDF 1.1 suites as its own test case, named by <c>suite#entry</c>.</summary>
[Collection(W3CCollection.Name)]
public sealed class W3CEntryTests(W3CSuitesFixture suites, ITestOutputHelper output)
{
    public static TheoryData<string> NTriplesIds => W3CSuites.Ids(W3CSuites.NTriples);

    public static TheoryData<string> NQuadsIds => W3CSuites.Ids(W3CSuites.NQuads);

    public static TheoryData<string> TurtleIds => W3CSuites.Ids(W3CSuites.Turtle);

    public static TheoryData<string> TriGIds => W3CSuites.Ids(W3CSuites.TriG);

    [SkippableTheory]
    [MemberData(nameof(NTriplesIds))]
    public void NTriples(string id) => Check(id);

    [SkippableTheory]
    [MemberData(nameof(NQuadsIds))]
    public void NQuads(string id) => Check(id);

    [SkippableTheory]
    [MemberData(nameof(TurtleIds))]
    public void Turtle(string id) => Check(id);

    [SkippableTheory]
    [MemberData(nameof(TriGIds))]
    public void TriG(string id) => Check(id);

    private void Check(string id)
    {
        Skip.If(suites.Root is null, W3CTestSuiteLocator.NotFoundMessage);
        var entry = suites.Entry(id);
        var result = W3CEntryResult.Of(entry, W3CEntryRunner.Run(entry), suites.SkipList);
        output.WriteLine(result.Outcome.Detail);
        Skip.If(result.Status == W3CEntryStatus.Skipped, result.Explanation);
        Assert.True(result.Status == W3CEntryStatus.Passed, result.Explanation);
    }
}
