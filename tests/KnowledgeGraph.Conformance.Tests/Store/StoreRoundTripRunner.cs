using KnowledgeGraph.Cli;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Conformance.Tests.Store;

/// <summary>
/// <c>kg load --store DIR --base IRI ACTION</c> into a fresh LMDB store in a temp folder, then
/// <c>kg export --store DIR --to nquads</c>: what comes out must be isomorphic to the entry's expected
/// result. This is the store issue's "load then export round-trips the W3C TriG eval files".
/// </summary>
public static class StoreRoundTripRunner
{
    public static async Task<W3CEntryOutcome> RunAsync(W3CTestEntry entry)
    {
        var directory = Directory.CreateTempSubdirectory("kg-w3c-store-");
        try
        {
            string[] load = ["load", "--store", directory.FullName, "--base", entry.ActionIri, entry.ActionPath];
            var (loadExit, _, loadError) = await RunKgAsync(load);
            if (loadExit != 0)
            {
                return W3CEntryOutcome.Fail($"kg {string.Join(' ', load)}: exit code {loadExit}:{Environment.NewLine}{loadError}");
            }

            string[] export = ["export", "--store", directory.FullName, "--to", "nquads"];
            var (exportExit, exported, exportError) = await RunKgAsync(export);
            if (exportExit != 0)
            {
                return W3CEntryOutcome.Fail($"kg {string.Join(' ', export)}: exit code {exportExit}:{Environment.NewLine}{exportError}");
            }

            List<Quad> actual;
            using (var reader = RdfReaders.Create(RdfFormat.NQuads, new StringReader(exported), new RdfReaderOptions { SourceName = "kg export output" }))
            {
                actual = reader.ReadQuads().ToList();
            }

            var expected = W3CEntryRunner.ReadExpected(entry.ResultPath!);
            var difference = GraphIsomorphism.Explain(actual, expected);
            return difference is null
                ? W3CEntryOutcome.Pass($"load + export: {actual.Count} quads, isomorphic to {entry.ResultPath}")
                : W3CEntryOutcome.Fail($"load + export of {entry.ActionPath} not isomorphic to {entry.ResultPath} (first = export, second = expected):{Environment.NewLine}{difference}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return W3CEntryOutcome.Fail($"load + export of {entry.ActionPath} crashed: {e}");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static async Task<(int Exit, string Out, string Error)> RunKgAsync(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await KgProgram.RunAsync(args, TextReader.Null, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
