using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Export;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats.JsonLd;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Cli.Tests.Export;

/// <summary>
/// <c>kg export --to jsonld|rdfxml|rdf12-trig</c> of a real LMDB store loaded with the seed data, read back through
/// <c>kg convert</c> (or, for RDF 1.2, through the reifier mapping) and compared with the store's N-Quads export.
/// </summary>
public sealed partial class ExportFormatTests : IDisposable
{
    private const string EntitiesGraph = "https://w3id.org/newskg/id/graph/entities";

    private readonly TempDirectory _temp = new();
    private readonly string _store;

    public ExportFormatTests()
    {
        _store = _temp.File("store");
    }

    public void Dispose() => _temp.Dispose();

    private static string Root()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "KnowledgeGraph.sln")))
        {
            dir = Path.GetDirectoryName(dir)!;
        }

        return dir;
    }

    private async Task<List<Quad>> LoadSeedAsync()
    {
        var seeds = Directory.GetFiles(Path.Combine(Root(), "seed-data"), "*.trig").Order(StringComparer.Ordinal);
        var load = await KgRun.RunAsync(["load", "--store", _store, .. seeds]);
        Assert.True(load.ExitCode == 0, load.ToString());
        var nquads = await KgRun.RunAsync("export", "--store", _store, "--to", "nquads");
        Assert.True(nquads.ExitCode == 0, nquads.ToString());
        var quads = Rdf.Read(nquads.Stdout, RdfFormat.NQuads);
        Assert.True(quads.Count > 500);
        return quads;
    }

    private static void AssertIsomorphic(IEnumerable<Quad> expected, IEnumerable<Quad> actual)
    {
        var e = expected.ToList();
        var a = actual.ToList();
        Assert.True(GraphIsomorphism.AreIsomorphic(e, a), GraphIsomorphism.Explain(e, a) ?? "not isomorphic");
    }

    /// <summary>Converts an exported file back to N-Quads with <c>kg convert</c>.</summary>
    private static async Task<List<Quad>> ConvertBackAsync(string file)
    {
        var run = await KgRun.RunAsync("convert", file, "-o", "-", "--to", "nquads");
        Assert.True(run.ExitCode == 0, run.ToString());
        return Rdf.Read(run.Stdout, RdfFormat.NQuads);
    }

    [Fact]
    public async Task JsonLd_export_uses_our_context_by_IRI_and_converts_back_isomorphic()
    {
        var original = await LoadSeedAsync();
        var file = _temp.File("seed.jsonld");
        var export = await KgRun.RunAsync("export", "--store", _store, "--to", "jsonld", "-o", file);
        Assert.True(export.ExitCode == 0, export.ToString());

        var document = (JsonMap)JsonText.Parse(await File.ReadAllTextAsync(file))!;
        Assert.Equal(BuiltInContexts.OntologyContextIri, document["@context"]);
        Assert.Contains("\"claimant\"", await File.ReadAllTextAsync(file), StringComparison.Ordinal); // compacted with our terms

        AssertIsomorphic(original, await ConvertBackAsync(file));
    }

    [Fact]
    public async Task RdfXml_refuses_named_graphs_unless_one_is_chosen_or_they_are_merged()
    {
        var original = await LoadSeedAsync();
        var refused = await KgRun.RunAsync("export", "--store", _store, "--to", "rdfxml");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("--graph", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("--merge-graphs", refused.Stderr, StringComparison.Ordinal);

        var oneGraph = _temp.File("entities.rdf");
        var graphRun = await KgRun.RunAsync("export", "--store", _store, "--to", "rdfxml", "--graph", EntitiesGraph, "-o", oneGraph);
        Assert.True(graphRun.ExitCode == 0, graphRun.ToString());
        var expected = original.Where(q => q.Graph.Equals(new Iri(EntitiesGraph))).Select(q => new Quad(q.Subject, q.Predicate, q.Obj)).ToList();
        Assert.NotEmpty(expected);
        AssertIsomorphic(expected, await ConvertBackAsync(oneGraph));

        var merged = _temp.File("merged.rdf");
        var mergeRun = await KgRun.RunAsync("export", "--store", _store, "--to", "rdfxml", "--merge-graphs", "-o", merged);
        Assert.True(mergeRun.ExitCode == 0, mergeRun.ToString());
        Assert.Contains("merged the triples of", mergeRun.Stderr, StringComparison.Ordinal);
        AssertIsomorphic(original.Select(q => new Quad(q.Subject, q.Predicate, q.Obj)).Distinct(), await ConvertBackAsync(merged));
    }

    [Fact]
    public async Task Merge_graphs_is_refused_where_it_means_nothing()
    {
        await LoadSeedAsync();
        var withGraph = await KgRun.RunAsync("export", "--store", _store, "--to", "turtle", "--merge-graphs", "--graph", EntitiesGraph);
        Assert.NotEqual(0, withGraph.ExitCode);
        var quadFormat = await KgRun.RunAsync("export", "--store", _store, "--to", "trig", "--merge-graphs");
        Assert.NotEqual(0, quadFormat.ExitCode);
        Assert.Contains("keeps them", quadFormat.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rdf12_TriG_writes_each_claim_frame_as_a_reifier_and_maps_back_exactly()
    {
        var original = await LoadSeedAsync();
        var run = await KgRun.RunAsync("export", "--store", _store, "--to", "rdf12-trig");
        Assert.True(run.ExitCode == 0, run.ToString());
        var text = run.Stdout;
        Assert.StartsWith("VERSION \"1.2\"", text, StringComparison.Ordinal);

        var reifierLines = ReifierLine().Matches(text);
        Assert.Equal(26, reifierLines.Count); // one per claim of the seed data
        var header = text.IndexOf(Rdf12TriGExport.FramesHeader, StringComparison.Ordinal);
        Assert.True(header > 0);
        Assert.DoesNotContain("claimSubject", text[..header], StringComparison.Ordinal); // frames are only reifiers

        // Back to RDF 1.1: each `c rdf:reifies <<( s p o )>>` becomes the three frame triples, then it is plain TriG.
        var rdf11 = ReifierLine().Replace(text, m =>
        {
            var (c, s, p, o) = (m.Groups["c"].Value, m.Groups["s"].Value, m.Groups["p"].Value, m.Groups["o"].Value);
            return $"{m.Groups["indent"].Value}{c} <https://w3id.org/newskg/ont#claimSubject> {s} ; <https://w3id.org/newskg/ont#claimPredicate> {p} ; <https://w3id.org/newskg/ont#claimObject> {o} .";
        }).Replace("VERSION \"1.2\"", string.Empty, StringComparison.Ordinal);
        AssertIsomorphic(original, Rdf.Read(rdf11, RdfFormat.TriG));
    }

    [GeneratedRegex(@"^(?<indent>[ ]*)(?<c>\S+) <http://www\.w3\.org/1999/02/22-rdf-syntax-ns#reifies> <<\( (?<s>\S+) (?<p>\S+) (?<o>.+) \)>> \.$", RegexOptions.Multiline)]
    private static partial Regex ReifierLine();
}
