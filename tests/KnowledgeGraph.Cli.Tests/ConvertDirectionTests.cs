using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>Every reader/writer pair through <c>kg convert FILE -o FILE</c>, formats guessed from the extensions.</summary>
public sealed class ConvertDirectionTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public static TheoryData<string, string> TriplePairs()
    {
        var names = new[] { "ntriples", "nquads", "turtle", "trig" };
        var data = new TheoryData<string, string>();
        foreach (var from in names)
        {
            foreach (var to in names)
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TriplePairs))]
    public async Task A_graph_converts_between_every_pair_of_formats(string fromName, string toName)
    {
        var from = RdfFormat.Find(fromName)!;
        var to = RdfFormat.Find(toName)!;
        var input = _dir.Write("graph" + Samples.Extension(from), Samples.Graph(from));
        var output = _dir.File("out" + Samples.Extension(to));

        var run = await KgRun.RunAsync("convert", input, "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal(string.Empty, run.Stderr);
        var expected = Rdf.Sorted(Rdf.Read(Samples.GraphNTriples, RdfFormat.NTriples));
        Assert.Equal(5, expected.Count);
        Assert.Equal(expected, Rdf.Sorted(Rdf.Read(File.ReadAllText(output), to)));
    }

    [Theory]
    [InlineData("nquads", "trig")]
    [InlineData("trig", "nquads")]
    [InlineData("trig", "trig")]
    [InlineData("nquads", "nquads")]
    public async Task A_dataset_keeps_its_named_graphs(string fromName, string toName)
    {
        var from = RdfFormat.Find(fromName)!;
        var to = RdfFormat.Find(toName)!;
        var input = _dir.Write("data" + Samples.Extension(from), Samples.Dataset(from));
        var output = _dir.File("out" + Samples.Extension(to));

        var run = await KgRun.RunAsync("convert", input, "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var expected = Rdf.Sorted(Rdf.Read(Samples.DatasetNQuads, RdfFormat.NQuads));
        Assert.Equal(3, expected.Count(q => !q.InDefaultGraph));
        Assert.Equal(expected, Rdf.Sorted(Rdf.Read(File.ReadAllText(output), to)));
    }

    [Theory]
    [InlineData("nquads", "ntriples")]
    [InlineData("trig", "turtle")]
    [InlineData("trig", "ntriples")]
    public async Task Named_graphs_into_a_triple_format_fail_clearly_and_write_nothing(string fromName, string toName)
    {
        var from = RdfFormat.Find(fromName)!;
        var to = RdfFormat.Find(toName)!;
        var input = _dir.Write("data" + Samples.Extension(from), Samples.Dataset(from));
        var output = _dir.File("out" + Samples.Extension(to));

        var run = await KgRun.RunAsync("convert", input, "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("named graph <http://example.org/g1>", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(to.DisplayName + " cannot hold", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(["data" + Samples.Extension(from)], _dir.FileNames());
    }

    [Fact]
    public async Task A_graph_survives_a_chain_through_json_ld_and_rdf_xml()
    {
        var input = _dir.Write("graph.ttl", Samples.GraphTurtle);
        var jsonLd = _dir.File("graph.jsonld");
        var rdfXml = _dir.File("graph.rdf");
        var nTriples = _dir.File("graph.nt");

        foreach (var (from, to) in new[] { (input, jsonLd), (jsonLd, rdfXml), (rdfXml, nTriples) })
        {
            var run = await KgRun.RunAsync("convert", from, "-o", to);
            Assert.True(run.ExitCode == 0, run.ToString());
        }

        var expected = Rdf.Sorted(Rdf.Read(Samples.GraphNTriples, RdfFormat.NTriples));
        Assert.Equal(expected, Rdf.Sorted(Rdf.Read(File.ReadAllText(nTriples), RdfFormat.NTriples)));
    }

    public void Dispose() => _dir.Dispose();
}
