using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats.RdfXml;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Tests.RoundTrip;

namespace KnowledgeGraph.Rdf.Tests.RdfXml;

/// <summary>
/// Round-trip property for RDF/XML: seeded random graphs from <see cref="RandomDatasetGenerator"/>, less
/// the triples RDF/XML cannot express (which the writer must refuse), written and read back, are isomorphic.
/// </summary>
public sealed class RdfXmlRoundTripTests
{
    private const int Seeds = 400;

    [Fact]
    public void Random_graphs_read_back_isomorphic()
    {
        var failures = new List<string>();
        var written = 0;
        for (var seed = 0; seed < Seeds; seed++)
        {
            var graph = RandomDatasetGenerator.Generate(seed, namedGraphs: false).Where(q => RdfXmlWriter.CannotWrite(q) is null).ToList();
            written += graph.Count;
            string xml;
            try
            {
                xml = RdfXmlText.Write(graph, RandomDatasetGenerator.Options(seed));
            }
            catch (Exception e)
            {
                failures.Add($"seed {seed}: the writer failed: {e}");
                continue;
            }

            try
            {
                var back = RdfXmlText.Read(xml, baseIri: null, preserveLabels: false);
                if (GraphIsomorphism.Explain(back, graph) is { } difference)
                {
                    failures.Add($"seed {seed}: not isomorphic (first = read back, second = written):\n{difference}\n{xml}");
                }
            }
            catch (RdfParseException e)
            {
                failures.Add($"seed {seed}: the output does not read back: {e.Message}\n{xml}");
            }
        }

        Assert.True(written > 2000, $"only {written} triples were written across {Seeds} seeds");
        Assert.True(failures.Count == 0, $"{failures.Count} of {Seeds} seeds failed; the first:\n\n{string.Join("\n\n", failures.Take(2))}");
    }

    [Fact]
    public void What_the_filter_drops_the_writer_refuses_and_it_is_a_minority()
    {
        var all = Enumerable.Range(0, Seeds).SelectMany(seed => RandomDatasetGenerator.Generate(seed, namedGraphs: false)).ToList();
        var refused = all.Where(q => RdfXmlWriter.CannotWrite(q) is not null).ToList();
        Assert.NotEmpty(refused);
        Assert.True(refused.Count * 3 < all.Count, $"{refused.Count} of {all.Count} triples cannot be written");
        foreach (var quad in refused.Take(50))
        {
            Assert.Throws<ArgumentException>(() => RdfXmlText.Write([quad]));
        }
    }

    [Fact]
    public void A_changed_graph_is_caught()
    {
        // The comparison must be able to fail: dropping a triple after the round trip is noticed.
        var graph = RandomDatasetGenerator.Generate(3, namedGraphs: false).Where(q => RdfXmlWriter.CannotWrite(q) is null).ToList();
        Assert.NotEmpty(graph);
        var back = RdfXmlText.Read(RdfXmlText.Write(graph), baseIri: null);
        Assert.False(GraphIsomorphism.AreIsomorphic(back.Skip(1), graph));
    }
}
