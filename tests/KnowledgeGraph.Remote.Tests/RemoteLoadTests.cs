using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Remote.Tests;

/// <summary>
/// <c>kg load --remote</c> (run in-process) into Virtuoso: chunks, an interruption, a resume that also re-sends the
/// chunk in flight, and the graph that results holds exactly the file's triples (blank nodes as skolem IRIs).
/// </summary>
[Collection(VirtuosoCollection.Name)]
public sealed class RemoteLoadTests(VirtuosoFixture fixture)
{
    [SkippableFact]
    public async Task Load_stops_resumes_and_never_duplicates()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var folder = Directory.CreateTempSubdirectory("kg-remote-load-").FullName;
        try
        {
            var file = Path.Combine(folder, "data.nt");
            var expected = WriteData(file, subjects: 250);
            var checkpoint = Path.Combine(folder, "load.checkpoint.json");
            var graph = "urn:test:load-" + Guid.NewGuid().ToString("N");
            string[] Args(params string[] extra) =>
            [
                "load", "--remote", fixture.Virtuoso!.GraphStoreEndpoint.ToString(), "--dialect", "virtuoso", "--auth", "digest",
                "--user", VirtuosoInstance.User, "--password", VirtuosoInstance.Password, "--graph", graph,
                "--chunk-size", "100", "--checkpoint", checkpoint, .. extra, file,
            ];

            // Interrupted after 3 chunks: 300 statements are there and the checkpoint says so.
            var (code, output, error) = await RunAsync(Args("--stop-after-chunks", "3"));
            Assert.True(code == 0, error);
            Assert.Contains("stopped: resume", output);
            Assert.Equal(300, await CountAsync(graph));
            var saved = JsonNode.Parse(await File.ReadAllTextAsync(checkpoint))!;
            Assert.Equal(300, saved["Files"]![0]!["StatementsDone"]!.GetValue<long>());

            // As if the 3rd chunk reached the store but its acknowledgement did not reach the checkpoint: resuming sends it again.
            saved["Files"]![0]!["StatementsDone"] = 200;
            saved["Files"]![0]!["ChunksDone"] = 2;
            await File.WriteAllTextAsync(checkpoint, saved.ToJsonString());
            (code, output, error) = await RunAsync(Args());
            Assert.True(code == 0, error);
            Assert.Contains("complete: true", output);
            Assert.Contains("statements_skipped_as_done: 200", output);
            Assert.Contains("kg load:", error);
            Assert.Contains("statements/s", error);
            Assert.Equal(expected.Count, await CountAsync(graph));

            // A finished load run again sends nothing.
            (code, output, _) = await RunAsync(Args());
            Assert.Equal(0, code);
            Assert.Contains("statements_sent: 0", output);

            // The graph is the file, blank nodes for skolem IRIs.
            using var client = fixture.Client();
            using var response = await client.GraphGetAsync(new Iri(graph));
            var loaded = response!.ReadQuads().Select(q => new Quad(Unskolem(q.Subject), q.Predicate, Unskolem(q.Obj))).ToList();
            Assert.True(GraphIsomorphism.AreIsomorphic(expected, loaded), GraphIsomorphism.Explain(expected, loaded));

            // Other inputs with the same checkpoint are refused rather than mixed up.
            (code, _, error) = await RunAsync([.. Args()[..^1], Path.Combine(Servers.RepoRoot(), "seed-data", "kabul-2021-07-20.trig")]);
            Assert.Equal(1, code);
            Assert.Contains("checkpoint of a different load", error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public async Task Bad_arguments_are_usage_errors()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var (code, _, error) = await RunAsync(["load", "--remote", "ftp://example.org/", "x.nt"]);
        Assert.NotEqual(0, code);
        Assert.Contains("--remote 'ftp://example.org/' is not an absolute http(s) URL", error);
        (code, _, error) = await RunAsync(["load", "--remote", "http://127.0.0.1:1/crud", "--auth", "digest", Path.Combine(Servers.RepoRoot(), "seed-data", "kabul-2021-07-20.trig")]);
        Assert.NotEqual(0, code);
        Assert.Contains("Digest authentication needs a user and a password", error);
    }

    private static IReadOnlyList<Quad> WriteData(string path, int subjects)
    {
        var text = new StringBuilder();
        for (var i = 0; i < subjects; i++)
        {
            var s = string.Create(CultureInfo.InvariantCulture, $"<urn:test:item/{i}>");
            text.Append(CultureInfo.InvariantCulture, $"{s} <urn:test:value> \"{i}\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n");
            text.Append(CultureInfo.InvariantCulture, $"{s} <urn:test:name> \"item {i} \\\"quoted\\\"\"@en .\n");
            // A blank node per 10 items, used by 10 subjects spread over several chunks.
            text.Append(CultureInfo.InvariantCulture, $"{s} <urn:test:group> _:g{i / 10} .\n");
            if (i % 10 == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"_:g{i / 10} <urn:test:label> \"group {i / 10}\" .\n");
            }
        }

        File.WriteAllText(path, text.ToString());
        using var reader = RdfReaders.Create(RdfFormat.NTriples, new StringReader(text.ToString()));
        return reader.ReadQuads().ToList();
    }

    private static Term Unskolem(Term term) =>
        term is Iri iri && iri.Value.StartsWith("urn:x-kg:genid:", StringComparison.Ordinal) ? new BlankNode("s" + iri.Value.GetHashCode(StringComparison.Ordinal).ToString("x", CultureInfo.InvariantCulture)) : term;

    private async Task<long> CountAsync(string graph)
    {
        using var client = fixture.Client();
        var result = (SolutionSequence)await client.QueryAsync($"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}", givesGraph: false);
        return long.Parse(((Literal)result.Rows.Single()["n"]!).LexicalForm, CultureInfo.InvariantCulture);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await KgProgram.RunAsync(args, new StringReader(string.Empty), output, error);
        return (code, output.ToString(), error.ToString());
    }
}
