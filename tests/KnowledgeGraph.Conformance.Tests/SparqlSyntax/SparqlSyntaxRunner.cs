using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Conformance.Tests.SparqlSyntax;

/// <summary>
/// Runs one syntax entry: a positive entry must parse, a negative one must throw
/// <see cref="SparqlParseException"/>; any other exception fails the entry.
/// </summary>
public static class SparqlSyntaxRunner
{
    public static W3CEntryOutcome Run(SparqlSyntaxEntry entry)
    {
        string text;
        try
        {
            text = File.ReadAllText(entry.ActionPath);
        }
        catch (IOException e)
        {
            return W3CEntryOutcome.Fail($"{entry.Id}: cannot read {entry.ActionPath}: {e.Message}");
        }

        try
        {
            var parsed = entry.IsUpdate
                ? SparqlParser.ParseUpdate(text, entry.ActionIri).ToString()
                : SparqlParser.ParseQuery(text, entry.ActionIri).ToString();
            return entry.Positive
                ? W3CEntryOutcome.Pass($"{entry.Id}: parsed as {parsed}")
                : W3CEntryOutcome.Fail($"{entry.Id}: negative syntax test parsed without error as {parsed}\n{text}");
        }
        catch (SparqlParseException e)
        {
            return entry.Positive
                ? W3CEntryOutcome.Fail($"{entry.Id}: positive syntax test rejected: {e.Message}\n{text}")
                : W3CEntryOutcome.Pass($"{entry.Id}: rejected as expected: {e.Message}");
        }
        catch (Exception e)
        {
            return W3CEntryOutcome.Fail($"{entry.Id}: the parser threw {e.GetType().Name} instead of SparqlParseException: {e}\n{text}");
        }
    }

    /// <summary>The entry's status under the skip list.</summary>
    public static (W3CEntryStatus Status, string Explanation) Judge(SparqlSyntaxEntry entry, W3CEntryOutcome outcome, SkipList skipList)
    {
        var reason = skipList.ReasonFor(entry.Id);
        return (reason, outcome.Passed) switch
        {
            (null, true) => (W3CEntryStatus.Passed, outcome.Detail),
            (null, false) => (W3CEntryStatus.Failed, outcome.Detail),
            (_, false) => (W3CEntryStatus.Skipped, $"{SparqlSyntaxSuites.SkipListFileName}: {reason}. Still failing: {outcome.Detail}"),
            (_, true) => (W3CEntryStatus.PassingButListed, $"{entry.Id} is listed in {SparqlSyntaxSuites.SkipListFileName} ({reason}) but now passes: remove its line."),
        };
    }
}
