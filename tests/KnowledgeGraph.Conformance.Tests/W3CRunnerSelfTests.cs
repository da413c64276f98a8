namespace KnowledgeGraph.Conformance.Tests;

/// <summary>
/// The runner on a small suite written to a temporary folder, so that it is checked (and can fail)
/// even where the W3C suites are absent: each kind of entry, passing and failing.
/// </summary>
public sealed class W3CRunnerSelfTests : IDisposable
{
    private const string Suite = "rdf-turtle";
    private readonly string _rdf11 = Path.Combine(Path.GetTempPath(), "kg-w3c-self-" + Guid.NewGuid().ToString("N"));

    public W3CRunnerSelfTests()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_rdf11, Suite)).FullName;
        File.WriteAllText(Path.Combine(dir, "manifest.ttl"), """
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix mf: <http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#> .
            @prefix rdft: <http://www.w3.org/ns/rdftest#> .
            <> rdf:type mf:Manifest ; mf:entries ( <#eval-good> <#eval-wrong> <#bad-accepted> <#bad-rejected> <#good-rejected> ) .
            <#eval-good> rdf:type rdft:TestTurtleEval ; mf:action <eval.ttl> ; mf:result <eval.nt> .
            <#eval-wrong> rdf:type rdft:TestTurtleEval ; mf:action <eval.ttl> ; mf:result <wrong.nt> .
            <#bad-accepted> rdf:type rdft:TestTurtleNegativeSyntax ; mf:action <eval.ttl> .
            <#bad-rejected> rdf:type rdft:TestTurtleNegativeSyntax ; mf:action <bad.ttl> .
            <#good-rejected> rdf:type rdft:TestTurtlePositiveSyntax ; mf:action <bad.ttl> .
            """);

        // The relative IRI checks that the action's published IRI is used as the base.
        File.WriteAllText(Path.Combine(dir, "eval.ttl"), "<s> <http://example.org/p> [ <http://example.org/q> \"v\" ] .\n");
        File.WriteAllText(Path.Combine(dir, "eval.nt"), "<https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-turtle/s> <http://example.org/p> _:x .\n_:x <http://example.org/q> \"v\" .\n");
        File.WriteAllText(Path.Combine(dir, "wrong.nt"), "<https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-turtle/s> <http://example.org/p> _:x .\n_:x <http://example.org/q> \"w\" .\n");
        File.WriteAllText(Path.Combine(dir, "bad.ttl"), "<s> <http://example.org/p> .\n");
    }

    public void Dispose() => Directory.Delete(_rdf11, recursive: true);

    [Fact]
    public void ManifestEntriesAreReadInListOrderWithKindsAndFiles()
    {
        var entries = W3CManifest.Read(_rdf11, Suite);
        Assert.Equal(["eval-good", "eval-wrong", "bad-accepted", "bad-rejected", "good-rejected"], entries.Select(e => e.Name));
        var first = entries[0];
        Assert.Equal("rdf-turtle#eval-good", first.Id);
        Assert.Equal(W3CTestKind.Eval, first.Kind);
        Assert.Equal(Path.Combine(_rdf11, Suite, "eval.ttl"), first.ActionPath);
        Assert.Equal("https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-turtle/eval.ttl", first.ActionIri);
        Assert.Equal(Path.Combine(_rdf11, Suite, "eval.nt"), first.ResultPath);
        Assert.Equal(W3CTestKind.NegativeSyntax, entries[3].Kind);
        Assert.Null(entries[3].ResultPath);
    }

    [Theory]
    [InlineData("eval-good", true, "isomorphic")]
    [InlineData("eval-wrong", false, "\"v\"")]
    [InlineData("bad-accepted", false, "expected an RdfParseException")]
    [InlineData("bad-rejected", true, "rejected as expected")]
    [InlineData("good-rejected", false, "bad.ttl:1:")]
    public void EachKindPassesOrFailsWithItsReason(string name, bool passes, string detail)
    {
        var entry = W3CManifest.Read(_rdf11, Suite).Single(e => e.Name == name);
        var outcome = W3CEntryRunner.Run(entry);
        Assert.Equal(passes, outcome.Passed);
        Assert.Contains(detail, outcome.Detail, StringComparison.Ordinal);
        Assert.Contains(entry.ActionPath, outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void SkipListTurnsAFailureIntoASkipAndReportsAListedPass()
    {
        var entries = W3CManifest.Read(_rdf11, Suite);
        var skipList = SkipList.Parse(["rdf-turtle#eval-wrong  # known", "rdf-turtle#eval-good  # stale"], "test");
        var wrong = W3CEntryResult.Of(entries[1], W3CEntryRunner.Run(entries[1]), skipList);
        var good = W3CEntryResult.Of(entries[0], W3CEntryRunner.Run(entries[0]), skipList);
        Assert.Equal(W3CEntryStatus.Skipped, wrong.Status);
        Assert.Equal(W3CEntryStatus.PassingButListed, good.Status);
        Assert.Contains("now passes", good.Explanation, StringComparison.Ordinal);
    }
}
