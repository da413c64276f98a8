namespace KnowledgeGraph.Conformance.Tests;

/// <summary>Whether an entry met its expectation, and if not, why (action file, parse error or difference).</summary>
public sealed record W3CEntryOutcome(bool Passed, string Detail)
{
    public static W3CEntryOutcome Pass(string detail) => new(true, detail);

    public static W3CEntryOutcome Fail(string detail) => new(false, detail);
}
