using System.Net;
using System.Net.Http.Headers;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.Tests;

/// <summary>Graph Store Protocol round trips over real HTTP on a real LMDB store.</summary>
public sealed class GraphStoreTests
{
    private const string Person = """
        @prefix foaf: <http://xmlns.com/foaf/0.1/> .
        <http://example.org/alice> a foaf:Person ; foaf:name "Alice"@en ; foaf:age 42 ;
            foaf:knows [ foaf:name "Bob" ] .
        """;

    public static TheoryData<string, string> Formats => new()
    {
        { "text/turtle", "text/turtle" },
        { "application/n-triples", "application/n-triples" },
        { "application/n-triples", "text/turtle" },
        { "text/turtle", "application/n-quads" },
        { "application/trig", "application/trig" },
        { "application/rdf+xml", "application/rdf+xml" },
        { "text/turtle", "application/rdf+xml" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task PutThenGetGivesTheSameGraphInEachFormat(string putAs, string getAs)
    {
        await using var server = await RunningServer.StartAsync();
        var original = Rdf.Parse(Person, RdfFormat.Turtle);
        var body = Serialize(original, RdfFormat.Find(putAs)!);

        using var put = await server.PutAsync("graph=http://example.org/g1", body, putAs);
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/store?graph=http://example.org/g1");
        request.Headers.Accept.ParseAdd(getAs);
        using var get = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(getAs, get.Content.Headers.ContentType!.MediaType);
        var returned = Rdf.Parse(await get.Content.ReadAsStringAsync(), getAs);
        Rdf.AssertIsomorphic(original, Rdf.AsTriples(returned));
    }

    [Fact]
    public async Task PutReplacesPostMergesDeleteRemoves()
    {
        await using var server = await RunningServer.StartAsync();
        const string graph = "graph=http%3A%2F%2Fexample.org%2Fg";
        Assert.Equal(HttpStatusCode.Created, (await server.PutAsync(graph, "<http://a> <http://p> 1 .")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await server.PutAsync(graph, "<http://a> <http://p> 2 .")).StatusCode);
        using (var post = await server.Client.SendAsync(RunningServer.Authorized(HttpMethod.Post, "/store?" + graph, "<http://a> <http://p> 3 .")))
        {
            Assert.Equal(HttpStatusCode.NoContent, post.StatusCode);
        }

        var objects = Rdf.Parse(await server.Client.GetStringAsync("/store?" + graph), RdfFormat.Turtle).Select(q => ((Literal)q.Obj).LexicalForm).Order().ToList();
        Assert.Equal(["2", "3"], objects);

        using (var delete = await server.Client.SendAsync(RunningServer.Authorized(HttpMethod.Delete, "/store?" + graph)))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        using var gone = await server.Client.GetAsync("/store?" + graph);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var again = await server.Client.SendAsync(RunningServer.Authorized(HttpMethod.Delete, "/store?" + graph));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task DefaultGraphAndWholeStoreAreSeparate()
    {
        await using var server = await RunningServer.StartAsync();
        await server.PutAsync("default", "<http://d> <http://p> <http://o> .");
        await server.PutAsync("graph=http://example.org/named", "<http://n> <http://p> <http://o> .");

        var defaultGraph = Rdf.Parse(await server.Client.GetStringAsync("/store?default"), RdfFormat.Turtle);
        Assert.Equal("<http://d>", Assert.Single(defaultGraph).Subject.ToString());

        using var request = new HttpRequestMessage(HttpMethod.Get, "/store");
        request.Headers.Accept.ParseAdd("application/n-quads");
        using var all = await server.Client.SendAsync(request);
        var quads = Rdf.Parse(await all.Content.ReadAsStringAsync(), RdfFormat.NQuads);
        Assert.Equal(2, quads.Count);
        Assert.Contains(quads, q => q.Graph is Iri { Value: "http://example.org/named" } && q.Subject is Iri { Value: "http://n" });
        Assert.Contains(quads, q => q.InDefaultGraph && q.Subject is Iri { Value: "http://d" });
    }

    [Fact]
    public async Task HeadAnswersLikeGetWithoutBody()
    {
        await using var server = await RunningServer.StartAsync();
        await server.PutAsync("graph=http://example.org/h", Person);
        using var head = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/store?graph=http://example.org/h"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/turtle", head.Content.Headers.ContentType!.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        using var missing = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/store?graph=http://example.org/none"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task PostToTheStoreCreatesANewGraphAndSaysWhere()
    {
        await using var server = await RunningServer.StartAsync();
        using var post = await server.Client.SendAsync(RunningServer.Authorized(HttpMethod.Post, "/store", Person));
        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        var location = post.Headers.Location!.ToString();
        var body = await server.Client.GetStringAsync("/store?graph=" + Uri.EscapeDataString(location));
        Rdf.AssertIsomorphic(Rdf.Parse(Person, RdfFormat.Turtle), Rdf.Parse(body, RdfFormat.Turtle));
    }

    [Fact]
    public async Task MalformedBodyIs400WithPositionAndWritesNothing()
    {
        await using var server = await RunningServer.StartAsync();
        await server.PutAsync("graph=http://example.org/keep", "<http://a> <http://p> \"kept\" .");
        var broken = string.Concat(Enumerable.Range(0, 5000).Select(i => $"<http://s{i}> <http://p> {i} .\n")) + "<http://bad> <http://p> \"unterminated .\n";
        using var put = await server.PutAsync("graph=http://example.org/keep", broken);
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        var detail = await put.Content.ReadAsStringAsync();
        Assert.Contains("5001:", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", detail, StringComparison.Ordinal);

        var kept = Rdf.Parse(await server.Client.GetStringAsync("/store?graph=http://example.org/keep"), RdfFormat.Turtle);
        Assert.Equal("kept", ((Literal)Assert.Single(kept).Obj).LexicalForm);
    }

    [Fact]
    public async Task UnknownBodyTypeIs415AndUnacceptableAcceptIs406()
    {
        await using var server = await RunningServer.StartAsync();
        using var put = await server.PutAsync("default", "{}", "application/x-unknown");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, put.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/store?default");
        request.Headers.Accept.ParseAdd("image/png");
        using var get = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotAcceptable, get.StatusCode);
    }

    [Fact]
    public async Task AcceptQValuesPickTheFormat()
    {
        await using var server = await RunningServer.StartAsync();
        await server.PutAsync("default", Person);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/store?default");
        request.Headers.Accept.ParseAdd("text/turtle;q=0.5, application/n-triples;q=0.9, */*;q=0.1");
        using var get = await server.Client.SendAsync(request);
        Assert.Equal("application/n-triples", get.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task BodyOverTheLimitIs413()
    {
        await using var server = await RunningServer.StartAsync(o => o.MaxRequestBodyBytes = 1000);
        var big = string.Concat(Enumerable.Range(0, 100).Select(i => $"<http://s{i}> <http://p> {i} .\n"));
        using var put = await server.PutAsync("default", big);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, put.StatusCode);
        Assert.Empty(Rdf.Parse(await server.Client.GetStringAsync("/store?default"), RdfFormat.Turtle));
    }

    private static string Serialize(IEnumerable<Quad> quads, RdfFormat format)
    {
        var text = new StringWriter();
        using var writer = RdfWriters.Create(format, text);
        foreach (var q in quads)
        {
            writer.Write(q);
        }

        writer.Finish();
        return text.ToString();
    }
}
