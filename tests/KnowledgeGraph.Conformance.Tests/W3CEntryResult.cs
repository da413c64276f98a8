namespace KnowledgeGraph.Conformance.Tests;

/// <summary>
/// An entry's outcome and its status under the skip list. <see cref="Id"/> is the skip-list id: the
/// entry's own, or a derived one for another check of the same entry (<c>convert:suite#name</c>).
/// </summary>
public sealed record W3CEntryResult(string Id, W3CTestEntry Entry, W3CEntryOutcome Outcome, W3CEntryStatus Status, string? SkipReason)
{
    public static W3CEntryResult Of(W3CTestEntry entry, W3CEntryOutcome outcome, SkipList skipList, string? id = null)
    {
        id ??= entry.Id;
        var reason = skipList.ReasonFor(id);
        var status = (reason, outcome.Passed) switch
        {
            (null, true) => W3CEntryStatus.Passed,
            (null, false) => W3CEntryStatus.Failed,
            (_, false) => W3CEntryStatus.Skipped,
            (_, true) => W3CEntryStatus.PassingButListed,
        };
        return new W3CEntryResult(id, entry, outcome, status, reason);
    }

    /// <summary>The message for a test that did not pass.</summary>
    public string Explanation => Status switch
    {
        W3CEntryStatus.Skipped => $"{SkipList.FileName}: {SkipReason}. Still failing: {Outcome.Detail}",
        W3CEntryStatus.PassingButListed => $"{Id} is listed in {SkipList.FileName} ({SkipReason}) but now passes: remove its line. {Outcome.Detail}",
        _ => Outcome.Detail,
    };
}
