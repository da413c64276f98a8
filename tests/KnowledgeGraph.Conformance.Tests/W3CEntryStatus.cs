namespace KnowledgeGraph.Conformance.Tests;

/// <summary>How an entry came out once the skip list is taken into account.</summary>
public enum W3CEntryStatus
{
    Passed,
    Failed,

    /// <summary>Listed in the skip list and still failing.</summary>
    Skipped,

    /// <summary>Listed in the skip list but passing: the line should go.</summary>
    PassingButListed,
}
