using KnowledgeGraph.Cli;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Conformance.Tests.SparqlResults;

/// <summary>
/// Runs a result-format entry end to end through <c>kg query --data DATA --file Q.rq --results FORMAT</c>
/// (in-process), FORMAT being that of the expected file, reads our output back with our reader and compares
/// it with the expected file: ordered when the query orders; CSV on both sides through the CSV reader (CSV is
/// lossy); TSV with numbers compared by value, since a TSV short form may respell a number (<c>1.0e6</c>).
/// </summary>
public static class SparqlResultFormatRunner
{
    public static async Task<(bool Passed, string Detail)> RunAsync(SparqlResultFormatEntry entry)
    {
        var format = SparqlResultsFormat.FromFileName(entry.ResultPath)
            ?? throw new InvalidDataException($"{entry.Id}: cannot tell the format of {entry.ResultPath}.");
        using var stdin = new StringReader(string.Empty);
        await using var stdout = new StringWriter();
        await using var stderr = new StringWriter();
        var exit = await KgProgram.RunAsync(
            ["query", "--data", entry.DataPath, "--file", entry.QueryPath, "--results", format.Name],
            stdin,
            stdout,
            stderr);
        if (exit != 0)
        {
            return (false, $"{entry.Id}: kg query exited {exit}: {stderr.ToString().Trim()}");
        }

        QueryResult actual;
        try
        {
            actual = SparqlResultsReaders.Read(format, new StringReader(stdout.ToString()), "kg query output");
        }
        catch (SparqlResultsParseException e)
        {
            return (false, $"{entry.Id}: our {format} output does not read back: {e.Message}\n{stdout}");
        }

        var expected = SparqlResultsReaders.ReadFile(entry.ResultPath);
        var ordered = File.ReadAllText(entry.QueryPath).Contains("ORDER BY", StringComparison.OrdinalIgnoreCase);
        var difference = ResultsEquivalence.Difference(expected, actual, ordered, numericByValue: format == SparqlResultsFormat.Tsv);
        return difference is null
            ? (true, $"{entry.Id}: {format} output matches {Path.GetFileName(entry.ResultPath)}")
            : (false, $"{entry.Id}: {difference}\n--- our output\n{stdout}");
    }
}
