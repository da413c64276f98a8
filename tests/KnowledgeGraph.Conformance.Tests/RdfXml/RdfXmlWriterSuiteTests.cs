using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats.RdfXml;
using KnowledgeGraph.Rdf.Model;
using Xunit.Abstractions;

namespace KnowledgeGraph.Conformance.Tests.RdfXml;

/// <summary>
/// The writer on the suite's own graphs: every eval entry's expected result, written as RDF/XML by
/// <see cref="RdfXmlWriter"/> and read back by <see cref="RdfXmlReader"/>, is isomorphic to itself.
/// </summary>
[Collection(W3CCollection.Name)]
public sealed class RdfXmlWriterSuiteTests(W3CSuitesFixture suites, ITestOutputHelper output)
{
    [SkippableFact]
    public void Every_expected_graph_of_the_suite_survives_a_write_and_read()
    {
        Skip.If(suites.Root is null, W3CTestSuiteLocator.NotFoundMessage);
        var failures = new List<string>();
        var evals = suites.Entries(RdfXmlSuite.Name).Where(e => e.Kind == W3CTestKind.Eval).ToList();
        foreach (var entry in evals)
        {
            var graph = W3CEntryRunner.ReadExpected(entry.ResultPath!);
            var text = new StringWriter();
            using (var writer = new RdfXmlWriter(text))
            {
                foreach (var quad in graph)
                {
                    writer.Write(quad);
                }
            }

            List<Quad> back;
            try
            {
                using var reader = new RdfXmlReader(new StringReader(text.ToString()));
                back = reader.ReadQuads().ToList();
            }
            catch (RdfParseException e)
            {
                failures.Add($"{entry.Id}: the written document does not read back: {e.Message}\n{text}");
                continue;
            }

            if (GraphIsomorphism.Explain(back, graph) is { } difference)
            {
                failures.Add($"{entry.Id}: not isomorphic after the round trip (first = read back):\n{difference}\n{text}");
            }
        }

        output.WriteLine($"{evals.Count - failures.Count} of {evals.Count} expected graphs survived the RDF/XML round trip");
        Assert.True(evals.Count > 100, $"only {evals.Count} eval entries");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(3)));
    }
}
