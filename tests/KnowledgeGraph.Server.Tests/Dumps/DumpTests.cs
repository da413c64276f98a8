using System.Net;
using System.Net.Http.Headers;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.Tests.Dumps;

/// <summary><c>/dump</c> over real HTTP on a real LMDB store seeded with the seed data.</summary>
public sealed class DumpTests
{
    private const string EntitiesGraph = "https://w3id.org/newskg/id/graph/entities";

    private static readonly Lazy<List<Quad>> Original = new(() => DumpData.Loaded(DumpData.SeedFolder));

    private static Task<RunningServer> SeededAsync() => RunningServer.StartAsync(o => o.SeedDirectory = DumpData.SeedFolder);

    private static async Task<HttpResponseMessage> GetAsync(RunningServer server, string path, string? accept = null, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await server.Client.SendAsync(request);
    }

    [Fact]
    public async Task The_default_dump_is_gzipped_nquads_that_reimport_isomorphic_into_an_empty_store()
    {
        await using var server = await SeededAsync();
        using var response = await GetAsync(server, "/dump");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/n-quads", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("kg-dump.nq.gz", response.Content.Headers.ContentDisposition?.FileName);
        Assert.NotNull(response.Headers.ETag);
        Assert.Contains("Accept", response.Headers.Vary);

        var text = await DumpData.GunzipAsync(response);
        var dumped = Rdf.Parse(text, RdfFormat.NQuads);
        Assert.True(Original.Value.Count > 500, "the seed data is not trivially small");
        Assert.Equal(Original.Value.Count, dumped.Count);
        Rdf.AssertIsomorphic(Original.Value, dumped);
        Rdf.AssertIsomorphic(Original.Value, DumpData.Reimport(text, RdfFormat.NQuads));
    }

    [Theory]
    [InlineData("/dump.trig.gz", null)]
    [InlineData("/dump", "application/trig")]
    [InlineData("/dump", "application/n-quads;q=0.5, application/trig")]
    public async Task The_TriG_dump_reimports_isomorphic_too(string path, string? accept)
    {
        await using var server = await SeededAsync();
        using var response = await GetAsync(server, path, accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/trig", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("kg-dump.trig.gz", response.Content.Headers.ContentDisposition?.FileName);
        var text = await DumpData.GunzipAsync(response);
        Assert.Contains("@prefix kg: <https://w3id.org/newskg/ont#>", text, StringComparison.Ordinal);
        Rdf.AssertIsomorphic(Original.Value, DumpData.Reimport(text, RdfFormat.TriG));
    }

    [Fact]
    public async Task The_nquads_suffix_and_a_wildcard_accept_give_nquads()
    {
        await using var server = await SeededAsync();
        foreach (var (path, accept) in new[] { ("/dump.nq.gz", "application/trig"), ("/dump", "*/*"), ("/dump", "application/gzip") })
        {
            using var response = await GetAsync(server, path, accept);
            Assert.Equal("application/n-quads", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(Original.Value.Count, Rdf.Parse(await DumpData.GunzipAsync(response), RdfFormat.NQuads).Count);
        }
    }

    [Fact]
    public async Task A_graph_dump_holds_exactly_that_graph()
    {
        await using var server = await SeededAsync();
        using var response = await GetAsync(server, "/dump?graph=" + Uri.EscapeDataString(EntitiesGraph));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("kg-dump-entities.nq.gz", response.Content.Headers.ContentDisposition?.FileName);
        var dumped = Rdf.Parse(await DumpData.GunzipAsync(response), RdfFormat.NQuads);
        var expected = Original.Value.Where(q => q.Graph.Equals(new Iri(EntitiesGraph))).ToList();
        Assert.NotEmpty(expected);
        Rdf.AssertIsomorphic(expected, dumped);

        using var defaultGraph = await GetAsync(server, "/dump.trig.gz?default");
        var defaults = Rdf.Parse(await DumpData.GunzipAsync(defaultGraph), RdfFormat.TriG);
        Rdf.AssertIsomorphic(Original.Value.Where(q => q.Graph is DefaultGraph), defaults);
    }

    [Fact]
    public async Task An_unknown_graph_is_404_and_an_unacceptable_format_406()
    {
        await using var server = await SeededAsync();
        using var missing = await GetAsync(server, "/dump?graph=" + Uri.EscapeDataString("https://w3id.org/newskg/id/graph/nothing"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);

        using var turtle = await GetAsync(server, "/dump", "text/turtle");
        Assert.Equal(HttpStatusCode.NotAcceptable, turtle.StatusCode);
        Assert.Contains("application/trig", await turtle.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var both = await GetAsync(server, "/dump?default&graph=http://g");
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
    }

    [Fact]
    public async Task The_ETag_answers_304_until_the_data_changes()
    {
        await using var server = await SeededAsync();
        using var first = await GetAsync(server, "/dump");
        var etag = first.Headers.ETag!;

        var again = new HttpRequestMessage(HttpMethod.Get, "/dump");
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await server.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        // The TriG dump is a different representation: another tag.
        using var trig = await GetAsync(server, "/dump.trig.gz");
        Assert.NotEqual(etag, trig.Headers.ETag);

        using var put = await server.PutAsync("graph=" + Uri.EscapeDataString("http://example.org/new"), "<http://example.org/s> <http://example.org/p> 1 .");
        Assert.True(put.IsSuccessStatusCode, put.StatusCode.ToString());
        var after = new HttpRequestMessage(HttpMethod.Get, "/dump");
        after.Headers.IfNoneMatch.Add(etag);
        using var changed = await server.Client.SendAsync(after);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        var dumped = Rdf.Parse(await DumpData.GunzipAsync(changed), RdfFormat.NQuads);
        Assert.Equal(Original.Value.Count + 1, dumped.Count);
    }

    [Fact]
    public async Task HEAD_gives_the_headers_without_a_body()
    {
        await using var server = await SeededAsync();
        using var head = await GetAsync(server, "/dump.trig.gz", method: HttpMethod.Head);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("application/trig", head.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
