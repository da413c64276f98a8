using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Conformance.Tests;

/// <summary>
/// Runs one manifest entry against our readers. A rejection must be an <see cref="RdfParseException"/>:
/// any other exception is a crash and fails the entry whatever the entry expects.
/// </summary>
public static class W3CEntryRunner
{
    public static W3CEntryOutcome Run(W3CTestEntry entry)
    {
        var where = $"{entry.Id} (rdft:{entry.TypeName}), action {entry.ActionPath}";
        List<Quad> actual;
        try
        {
            actual = ReadAll(entry.Format, entry.ActionPath, entry.ActionIri);
        }
        catch (RdfParseException e)
        {
            return entry.Kind is W3CTestKind.NegativeSyntax or W3CTestKind.NegativeEval
                ? W3CEntryOutcome.Pass($"{where}: rejected as expected: {e.Message}")
                : W3CEntryOutcome.Fail($"{where}: expected to parse, but: {e.Message}");
        }
        catch (Exception e)
        {
            return W3CEntryOutcome.Fail($"{where}: crashed with {e.GetType().FullName} instead of an RdfParseException: {e}");
        }

        switch (entry.Kind)
        {
            case W3CTestKind.PositiveSyntax:
                return W3CEntryOutcome.Pass($"{where}: parsed {actual.Count} quads");
            case W3CTestKind.NegativeSyntax:
            case W3CTestKind.NegativeEval:
                return W3CEntryOutcome.Fail($"{where}: expected an RdfParseException, but it parsed to {actual.Count} quads:{Environment.NewLine}{Preview(actual)}");
            case W3CTestKind.Eval:
                return CompareWithResult(entry, where, actual);
            default:
                throw new ArgumentOutOfRangeException(nameof(entry), entry.Kind, "unknown test kind");
        }
    }

    /// <summary>Reads a whole file with the reader for <paramref name="format"/>, with <paramref name="baseIri"/> as its base.</summary>
    public static List<Quad> ReadAll(RdfFormat format, string path, string? baseIri)
    {
        using var text = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var reader = RdfReaders.Create(format, text, new RdfReaderOptions { BaseIri = baseIri, SourceName = path });
        return reader.ReadQuads().ToList();
    }

    /// <summary>Reads an expected result (<c>.nt</c> or <c>.nq</c>) with our N-Triples or N-Quads reader.</summary>
    public static List<Quad> ReadExpected(string resultPath)
    {
        var format = resultPath.EndsWith(".nq", StringComparison.OrdinalIgnoreCase) ? RdfFormat.NQuads : RdfFormat.NTriples;
        return ReadAll(format, resultPath, baseIri: null);
    }

    private static W3CEntryOutcome CompareWithResult(W3CTestEntry entry, string where, List<Quad> actual)
    {
        List<Quad> expected;
        try
        {
            expected = ReadExpected(entry.ResultPath!);
        }
        catch (Exception e)
        {
            return W3CEntryOutcome.Fail($"{where}: the expected result {entry.ResultPath} could not be read: {e.Message}");
        }

        var difference = GraphIsomorphism.Explain(actual, expected);
        return difference is null
            ? W3CEntryOutcome.Pass($"{where}: {actual.Count} quads, isomorphic to {entry.ResultPath}")
            : W3CEntryOutcome.Fail($"{where}: not isomorphic to {entry.ResultPath} (first = ours, second = expected):{Environment.NewLine}{difference}");
    }

    private static string Preview(List<Quad> quads) =>
        string.Join(Environment.NewLine, quads.Take(10).Select(q => "  " + q)) + (quads.Count > 10 ? $"{Environment.NewLine}  ..." : string.Empty);
}
