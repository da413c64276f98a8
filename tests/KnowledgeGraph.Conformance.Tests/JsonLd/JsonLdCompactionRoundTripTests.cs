using System.Text;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats.JsonLd;
using KnowledgeGraph.Rdf.Model;
using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests.JsonLd;

/// <summary>
/// Exercises compaction on the toRdf inputs (the local copy has no compact suite): every positive toRdf input that
/// has a top-level context, compacted against that same context, must give the same quads as the input.
/// Prints <c>W3C json-ld-compact-roundtrip: N passed, N failed, N skipped</c>.
/// </summary>
[Collection(JsonLdCollection.Name)]
public sealed class JsonLdCompactionRoundTripTests(JsonLdSuitesFixture suites, ITestOutputHelper output)
{
    /// <summary>Inputs whose compaction cannot round-trip for a reason outside compaction itself.</summary>
    private static readonly Dictionary<string, string> Excluded = new(StringComparer.Ordinal)
    {
        ["json-ld-toRdf#te060"] = "the input keeps a relative IRI (@base null), which toRdf drops but the compacted document resolves against its base",
        ["json-ld-toRdf#te122"] = "expansion keeps an @id that expanded to null (\"@ignoreMe\"); a null @id has no compact form",
    };

    [SkippableFact]
    public void Compacting_toRdf_inputs_with_their_own_context_keeps_their_quads()
    {
        Skip.If(suites.Root is null, W3CTestSuiteLocator.NotFoundMessage);
        int passed = 0, skipped = 0;
        var failures = new List<string>();
        foreach (var entry in suites.Entries(JsonLdManifest.ToRdf))
        {
            if (entry.IsNegative || entry.ExpectPath is null || suites.SkipList.ReasonFor(entry.Id) is not null || Excluded.ContainsKey(entry.Id))
            {
                skipped++;
                continue;
            }

            var document = JsonText.Parse(File.ReadAllText(entry.InputPath));
            if (document is not JsonMap { } map || !map.TryGetValue("@context", out var context) || context is null)
            {
                skipped++;
                continue;
            }

            var options = JsonLdEntryRunner.OptionsFor(entry, suites.Loader);
            JsonMap? compacted = null;
            try
            {
                var original = JsonLdProcessor.ToRdf(document, options);
                compacted = JsonLdProcessor.Compact(document, context, options);
                var again = JsonLdProcessor.ToRdf(compacted, options);
                var difference = GraphIsomorphism.Explain(original, again);
                if (difference is null)
                {
                    passed++;
                }
                else
                {
                    failures.Add($"{entry.Id}: {difference}\n{JsonText.ToIndentedString(compacted)}");
                }
            }
            catch (JsonLdException e)
            {
                failures.Add($"{entry.Id}: {e.Message}\n{(compacted is null ? "(compaction failed)" : JsonText.ToIndentedString(compacted))}");
            }
        }

        var line = $"W3C json-ld-compact-roundtrip: {passed} passed, {failures.Count} failed, {skipped} skipped";
        output.WriteLine(line);
        suites.Announce(line);
        var report = new StringBuilder(line).AppendLine();
        foreach (var f in failures)
        {
            report.Append("- ").AppendLine(f);
        }

        Assert.True(failures.Count == 0, report.ToString());
    }
}
