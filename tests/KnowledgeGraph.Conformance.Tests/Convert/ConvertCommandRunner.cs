using KnowledgeGraph.Cli;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats.Turtle;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Conformance.Tests.Convert;

/// <summary>
/// Runs <c>kg convert ACTION --base IRI --to ntriples|nquads</c> in-process on an eval entry and
/// compares what it prints, read back with our N-Triples/N-Quads reader, with the entry's expected result.
/// </summary>
public static class ConvertCommandRunner
{
    public static async Task<W3CEntryOutcome> RunAsync(W3CTestEntry entry)
    {
        var quadsOut = entry.Format.SupportsNamedGraphs;
        string[] args = ["convert", entry.ActionPath, "--base", entry.ActionIri, "--to", quadsOut ? "nquads" : "ntriples"];
        var command = "kg " + string.Join(' ', args);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exitCode;
        try
        {
            exitCode = await KgProgram.RunAsync(args, TextReader.Null, stdout, stderr);
        }
        catch (Exception e)
        {
            return W3CEntryOutcome.Fail($"{command}: crashed with {e.GetType().FullName}: {e}");
        }

        if (exitCode != 0)
        {
            return W3CEntryOutcome.Fail($"{command}: exit code {exitCode}, standard error:{Environment.NewLine}{stderr}");
        }

        List<Quad> actual;
        try
        {
            var format = quadsOut ? RdfFormat.NQuads : RdfFormat.NTriples;
            using var reader = RdfReaders.Create(format, new StringReader(stdout.ToString()), new RdfReaderOptions { SourceName = "kg convert output" });
            actual = reader.ReadQuads().ToList();
        }
        catch (RdfParseException e)
        {
            return W3CEntryOutcome.Fail($"{command}: its output is not valid {(quadsOut ? "N-Quads" : "N-Triples")}: {e.Message}{Environment.NewLine}{stdout}");
        }

        var expected = W3CEntryRunner.ReadExpected(entry.ResultPath!);
        var difference = GraphIsomorphism.Explain(actual, expected);
        return difference is null
            ? W3CEntryOutcome.Pass($"{command}: {actual.Count} quads, isomorphic to {entry.ResultPath}")
            : W3CEntryOutcome.Fail($"{command}: output not isomorphic to {entry.ResultPath} (first = kg convert, second = expected):{Environment.NewLine}{difference}");
    }
}
