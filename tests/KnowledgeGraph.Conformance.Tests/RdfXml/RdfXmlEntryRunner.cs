using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats.RdfXml;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Conformance.Tests.RdfXml;

/// <summary>
/// Runs one rdf-xml manifest entry against <see cref="RdfXmlReader"/>, with the entry's published IRI as
/// the base. A rejection must be an <see cref="RdfParseException"/>: any other exception is a crash and
/// fails the entry whatever it expects. Eval results are compared by graph isomorphism.
/// </summary>
public static class RdfXmlEntryRunner
{
    public static W3CEntryOutcome Run(W3CTestEntry entry)
    {
        var where = $"{entry.Id} (rdft:{entry.TypeName}), action {entry.ActionPath}";
        List<Quad> actual;
        try
        {
            actual = Read(entry.ActionPath, entry.ActionIri);
        }
        catch (RdfParseException e)
        {
            return entry.Kind == W3CTestKind.NegativeSyntax
                ? W3CEntryOutcome.Pass($"{where}: rejected as expected: {e.Message}")
                : W3CEntryOutcome.Fail($"{where}: expected to parse, but: {e.Message}");
        }
        catch (Exception e)
        {
            return W3CEntryOutcome.Fail($"{where}: crashed with {e.GetType().FullName} instead of an RdfParseException: {e}");
        }

        if (entry.Kind == W3CTestKind.NegativeSyntax)
        {
            return W3CEntryOutcome.Fail(
                $"{where}: expected an RdfParseException, but it parsed to {actual.Count} triples:{Environment.NewLine}"
                + string.Join(Environment.NewLine, actual.Take(10).Select(q => "  " + q)));
        }

        List<Quad> expected;
        try
        {
            expected = W3CEntryRunner.ReadExpected(entry.ResultPath!);
        }
        catch (Exception e)
        {
            return W3CEntryOutcome.Fail($"{where}: the expected result {entry.ResultPath} could not be read: {e.Message}");
        }

        var difference = GraphIsomorphism.Explain(actual, expected);
        return difference is null
            ? W3CEntryOutcome.Pass($"{where}: {actual.Count} triples, isomorphic to {entry.ResultPath}")
            : W3CEntryOutcome.Fail($"{where}: not isomorphic to {entry.ResultPath} (first = ours, second = expected):{Environment.NewLine}{difference}");
    }

    /// <summary>Reads an RDF/XML file with <paramref name="baseIri"/> as its base.</summary>
    public static List<Quad> Read(string path, string? baseIri)
    {
        using var text = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var reader = new RdfXmlReader(text, new RdfReaderOptions { BaseIri = baseIri, SourceName = path });
        return reader.ReadQuads().ToList();
    }
}
