using System.Text;
using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests.SparqlSyntax;

/// <summary>
/// Every entry of the SPARQL 1.0 and 1.1 syntax suites as its own test case (<c>suite#folder/name</c>), and one
/// summary test per suite printing <c>W3C syntax-query: N passed, N failed, N skipped</c>.
/// </summary>
[Collection(W3CCollection.Name)]
public sealed class SparqlSyntaxTests(W3CSuitesFixture suites, ITestOutputHelper output)
{
    public static TheoryData<string> Sparql10Ids => SparqlSyntaxSuites.Ids(SparqlSyntaxSuites.Sparql10);

    public static TheoryData<string> Query11Ids => SparqlSyntaxSuites.Ids(SparqlSyntaxSuites.Query11);

    public static TheoryData<string> Update1Ids => SparqlSyntaxSuites.Ids(SparqlSyntaxSuites.Update1);

    public static TheoryData<string> Update2Ids => SparqlSyntaxSuites.Ids(SparqlSyntaxSuites.Update2);

    public static TheoryData<string> FedIds => SparqlSyntaxSuites.Ids(SparqlSyntaxSuites.Fed);

    [SkippableTheory]
    [MemberData(nameof(Sparql10Ids))]
    public void Sparql10(string id) => Check(id);

    [SkippableTheory]
    [MemberData(nameof(Query11Ids))]
    public void Query11(string id) => Check(id);

    [SkippableTheory]
    [MemberData(nameof(Update1Ids))]
    public void Update1(string id) => Check(id);

    [SkippableTheory]
    [MemberData(nameof(Update2Ids))]
    public void Update2(string id) => Check(id);

    [SkippableTheory]
    [MemberData(nameof(FedIds))]
    public void Fed(string id) => Check(id);

    [SkippableTheory]
    [InlineData(SparqlSyntaxSuites.Sparql10)]
    [InlineData(SparqlSyntaxSuites.Query11)]
    [InlineData(SparqlSyntaxSuites.Update1)]
    [InlineData(SparqlSyntaxSuites.Update2)]
    [InlineData(SparqlSyntaxSuites.Fed)]
    public void Suite(string suite)
    {
        Skip.If(suites.Root is null, W3CTestSuiteLocator.NotFoundMessage);
        var results = SparqlSyntaxSuites.Entries(suites.Root!, suite)
            .Select(e => SparqlSyntaxRunner.Judge(e, SparqlSyntaxRunner.Run(e), SparqlSyntaxSuites.SkipList))
            .ToList();
        Assert.NotEmpty(results);
        var passed = results.Count(r => r.Status == W3CEntryStatus.Passed);
        var skipped = results.Count(r => r.Status == W3CEntryStatus.Skipped);
        var problems = results.Where(r => r.Status is W3CEntryStatus.Failed or W3CEntryStatus.PassingButListed).ToList();
        var line = $"W3C {suite}: {passed} passed, {problems.Count} failed, {skipped} skipped";
        output.WriteLine(line);
        suites.Announce(line);
        var report = new StringBuilder(line).AppendLine();
        foreach (var p in problems)
        {
            report.Append("- ").AppendLine(p.Explanation);
        }

        Assert.True(problems.Count == 0, report.ToString());
    }

    [SkippableFact]
    public void Skip_list_names_only_existing_entries()
    {
        Skip.If(suites.Root is null, W3CTestSuiteLocator.NotFoundMessage);
        var known = SparqlSyntaxSuites.All.SelectMany(s => SparqlSyntaxSuites.Entries(suites.Root!, s)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = SparqlSyntaxSuites.SkipList.Reasons.Keys.Where(id => !known.Contains(id)).ToList();
        Assert.True(unknown.Count == 0, $"{SparqlSyntaxSuites.SkipListFileName} names entries no manifest has: {string.Join(", ", unknown)}");
    }

    private void Check(string id)
    {
        Skip.If(suites.Root is null, W3CTestSuiteLocator.NotFoundMessage);
        var suite = id[..id.IndexOf('#', StringComparison.Ordinal)];
        var entry = SparqlSyntaxSuites.Entries(suites.Root!, suite).SingleOrDefault(e => e.Id == id)
            ?? throw new InvalidOperationException($"{id}: no such entry in the {suite} manifest.");
        var outcome = SparqlSyntaxRunner.Run(entry);
        output.WriteLine(outcome.Detail);
        var (status, explanation) = SparqlSyntaxRunner.Judge(entry, outcome, SparqlSyntaxSuites.SkipList);
        Skip.If(status == W3CEntryStatus.Skipped, explanation);
        Assert.True(status == W3CEntryStatus.Passed, explanation);
    }
}
