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

    private static TheoryData<string> Ids(string suite)
    {
        var data = new TheoryData<string>();
        var root = W3CTestSuiteLocator.FindRoot();
        if (root is null)
        {
            data.Add(suite + "#" + W3CSuites.MissingSuitesPlaceholder);
            return data;
        }

        try
        {
            foreach (var entry in JsonLdManifest.Read(root, suite))
            {
                data.Add(entry.Id);
            }
        }
        catch (Exception)
        {
            data.Add(suite + "#" + W3CSuites.UnreadableManifestPlaceholder);
        }

        return data;
    }

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
