using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests.JsonLd;

/// <summary>Every entry of the W3C JSON-LD toRdf and fromRdf manifests as its own test case.</summary>
[Collection(JsonLdCollection.Name)]
public sealed class JsonLdEntryTests(JsonLdSuitesFixture suites, ITestOutputHelper output)
{
    public static TheoryData<string> ToRdfIds => Ids(JsonLdManifest.ToRdf);

    public static TheoryData<string> FromRdfIds => Ids(JsonLdManifest.FromRdf);

    [SkippableTheory]
    [MemberData(nameof(ToRdfIds))]
    public void ToRdf(string id) => Check(id);

    [SkippableTheory]
    [MemberData(nameof(FromRdfIds))]
    public void FromRdf(string id) => Check(id);

    private static TheoryData<string> Ids(string suite) =>
        W3CSuites.TheoryIds(suite + "#", W3CTestSuiteLocator.FindRoot(), root => JsonLdManifest.Read(root, suite).Select(e => e.Id));

    private void Check(string id)
    {
        Skip.If(suites.Root is null, W3CTestSuiteLocator.NotFoundMessage);
        var entry = suites.Entry(id);
        var result = JsonLdEntryResult.Of(entry, JsonLdEntryRunner.Run(entry, suites.Loader), suites.SkipList);
        output.WriteLine(result.Outcome.Detail);
        Skip.If(result.Status == W3CEntryStatus.Skipped, result.Explanation);
        Assert.True(result.Status == W3CEntryStatus.Passed, result.Explanation);
    }
}
