namespace KnowledgeGraph.Conformance.Tests.JsonLd;

/// <summary>An entry's outcome and its status under the JSON-LD skip list.</summary>
public sealed record JsonLdEntryResult(JsonLdTestEntry Entry, W3CEntryOutcome Outcome, W3CEntryStatus Status, string? SkipReason)
{
    public static JsonLdEntryResult Of(JsonLdTestEntry entry, W3CEntryOutcome outcome, SkipList skipList)
    {
        var reason = skipList.ReasonFor(entry.Id);
        var status = (reason, outcome.Passed) switch
        {
            (null, true) => W3CEntryStatus.Passed,
            (null, false) => W3CEntryStatus.Failed,
            (_, false) => W3CEntryStatus.Skipped,
            (_, true) => W3CEntryStatus.PassingButListed,
        };
        return new JsonLdEntryResult(entry, outcome, status, reason);
    }

    public string Explanation => Status switch
    {
        W3CEntryStatus.Skipped => $"{JsonLdSuitesFixture.SkipListFileName}: {SkipReason}. Still failing: {Outcome.Detail}",
        W3CEntryStatus.PassingButListed => $"{Entry.Id} is listed in {JsonLdSuitesFixture.SkipListFileName} ({SkipReason}) but now passes: remove its line. {Outcome.Detail}",
        _ => Outcome.Detail,
    };
}
