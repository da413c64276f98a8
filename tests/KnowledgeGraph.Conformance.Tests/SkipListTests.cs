namespace KnowledgeGraph.Conformance.Tests;

/// <summary>The skip list parses and names only entries that exist, so a typo cannot hide a failure.</summary>
[Collection(W3CCollection.Name)]
public sealed class SkipListTests(W3CSuitesFixture suites)
{
    [Fact]
    public void ParsesIdsAndReasons()
    {
        var list = SkipList.Parse(["# comment", string.Empty, "rdf-turtle#a-test  # reader bug: x"], "test");
        Assert.Equal("reader bug: x", list.ReasonFor("rdf-turtle#a-test"));
        Assert.Null(list.ReasonFor("rdf-turtle#other"));
    }

    [Theory]
    [InlineData("rdf-turtle#no-reason")]
    [InlineData("no-suite  # reason")]
    [InlineData("rdf-turtle#a b  # reason")]
    public void RejectsMalformedLines(string line) =>
        Assert.Throws<FormatException>(() => SkipList.Parse([line], "test"));

    [SkippableFact]
    public void ListsOnlyExistingEntries()
    {
        var reasons = suites.SkipList.Reasons;
        Skip.If(suites.Root is null && reasons.Count > 0, W3CTestSuiteLocator.NotFoundMessage);
        var entries = suites.Root is null ? [] : W3CSuites.All.SelectMany(suites.Entries).ToList();
        var known = entries.Select(e => e.Id)
            .Concat(entries.Where(e => e.Kind == W3CTestKind.Eval).Select(W3CSuites.ConvertCheckId))
            .ToHashSet(StringComparer.Ordinal);
        var unknown = reasons.Keys.Where(id => !known.Contains(id)).ToList();
        Assert.True(unknown.Count == 0, $"{SkipList.FileName} names entries no manifest has: {string.Join(", ", unknown)}");
    }
}
