using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests.RdfXml;

/// <summary>Every entry of the W3C rdf-xml suite as its own test case, named by <c>rdf-xml#entry</c>.</summary>
[Collection(W3CCollection.Name)]
public sealed class RdfXmlEntryTests(W3CSuitesFixture suites, ITestOutputHelper output)
{
    public static TheoryData<string> Ids => RdfXmlSuite.Ids;

    [SkippableTheory]
    [MemberData(nameof(Ids))]
    public void RdfXml(string id)
    {
        Skip.If(suites.Root is null, W3CTestSuiteLocator.NotFoundMessage);
        var entry = suites.Entry(id);
        var result = W3CEntryResult.Of(entry, RdfXmlEntryRunner.Run(entry), RdfXmlSuite.LoadSkipList());
        output.WriteLine(result.Outcome.Detail);
        Skip.If(result.Status == W3CEntryStatus.Skipped, result.Explanation);
        Assert.True(result.Status == W3CEntryStatus.Passed, result.Explanation);
    }
}
