using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Server.Tests;

/// <summary>
/// /sparql over real HTTP. Requests that need the query engine skip while the server answers 501 (the engine
/// is not merged into the server yet); the protocol checks around them run now.
/// </summary>
public sealed class SparqlProtocolTests
{
    private const string Data = """
        @prefix ex: <http://example.org/> .
        ex:alice ex:name "Alice" ; ex:knows ex:bob .
        ex:bob ex:name "Bob" .
        """;

    [Fact]
    public async Task GetWithoutQueryGivesTheServiceDescriptionInTurtle()
    {
        await using var server = await RunningServer.StartAsync();
        using var response = await server.Client.GetAsync("/sparql");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/turtle", response.Content.Headers.ContentType!.MediaType);
        var quads = Rdf.Parse(await response.Content.ReadAsStringAsync(), RdfFormat.Turtle);
        const string sd = "http://www.w3.org/ns/sparql-service-description#";
        var service = Assert.Single(quads, q => q.Obj is Iri { Value: sd + "Service" }).Subject;
        Assert.Contains(quads, q => q.Subject == service && q.Predicate.Value == sd + "endpoint" && q.Obj is Iri i && i.Value.EndsWith("/sparql", StringComparison.Ordinal));
        Assert.Contains(quads, q => q.Predicate.Value == sd + "supportedLanguage" && q.Obj is Iri { Value: sd + "SPARQL11Query" });
        Assert.DoesNotContain(quads, q => q.Obj is Iri { Value: sd + "BasicFederatedQuery" });
    }

    [Fact]
    public async Task BrowsersGetTheEditorPageWithNothingFromOutside()
    {
        await using var server = await RunningServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sparql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<textarea", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json")]
    public async Task PostWithAnotherBodyTypeIs415(string contentType)
    {
        await using var server = await RunningServer.StartAsync();
        var content = new StringContent("ASK {}");
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var response = await server.Client.PostAsync("/sparql", content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task QueryAndUpdateTogetherOrUpdateByGetAre400()
    {
        await using var server = await RunningServer.StartAsync();
        using var both = await server.Client.PostAsync("/sparql", new FormUrlEncodedContent([new("query", "ASK {}"), new("update", "CLEAR ALL")]));
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        using var get = await server.Client.GetAsync("/sparql?update=" + Uri.EscapeDataString("CLEAR ALL"));
        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        using var badIri = await server.Client.GetAsync("/sparql?query=ASK%7B%7D&default-graph-uri=relative");
        Assert.Equal(HttpStatusCode.BadRequest, badIri.StatusCode);
    }

    [SkippableFact]
    public async Task AnAuthorizedUpdateReachesTheEngine()
    {
        await using var server = await RunningServer.StartAsync();
        using var request = RunningServer.Authorized(HttpMethod.Post, "/sparql", "INSERT DATA { <http://a> <http://p> <http://o> }", "application/sparql-update");
        using var response = await server.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Skip.If(response.StatusCode == HttpStatusCode.NotImplemented, "SPARQL Update is not merged into the server yet: " + body);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Single(Rdf.Parse(await server.Client.GetStringAsync("/store?default"), RdfFormat.Turtle));
    }

    [SkippableFact]
    public async Task SparqlWrapperStyleGetJsonAndPostForm()
    {
        await using var server = await RunningServer.StartAsync();
        await server.PutAsync("default", Data);
        const string query = "SELECT ?name WHERE { ?p <http://example.org/name> ?name } ORDER BY ?name";

        using var get = new HttpRequestMessage(HttpMethod.Get, "/sparql?query=" + Uri.EscapeDataString(query) + "&format=json");
        get.Headers.Accept.ParseAdd("application/sparql-results+json");
        using var getResponse = await SendOrSkip(server, get);
        Assert.Equal(["Alice", "Bob"], Names(await getResponse.Content.ReadAsStringAsync()));

        using var post = new HttpRequestMessage(HttpMethod.Post, "/sparql") { Content = new FormUrlEncodedContent([new("query", query)]) };
        post.Headers.Accept.ParseAdd("application/sparql-results+json");
        using var postResponse = await SendOrSkip(server, post);
        Assert.Equal(["Alice", "Bob"], Names(await postResponse.Content.ReadAsStringAsync()));
    }

    [SkippableTheory]
    [InlineData("SELECT * WHERE { ?s ?p ?o }", "application/sparql-results+json")]
    [InlineData("SELECT * WHERE { ?s ?p ?o }", "application/sparql-results+xml")]
    [InlineData("SELECT * WHERE { ?s ?p ?o }", "text/csv")]
    [InlineData("SELECT * WHERE { ?s ?p ?o }", "text/tab-separated-values")]
    [InlineData("ASK { ?s ?p ?o }", "application/sparql-results+json")]
    [InlineData("ASK { ?s ?p ?o }", "application/sparql-results+xml")]
    [InlineData("CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle")]
    [InlineData("CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples")]
    [InlineData("CONSTRUCT WHERE { ?s ?p ?o }", "application/trig")]
    [InlineData("CONSTRUCT WHERE { ?s ?p ?o }", "application/n-quads")]
    [InlineData("CONSTRUCT WHERE { ?s ?p ?o }", "application/rdf+xml")]
    [InlineData("DESCRIBE <http://example.org/alice>", "text/turtle")]
    public async Task EveryResultFormatByAccept(string query, string accept)
    {
        await using var server = await RunningServer.StartAsync();
        await server.PutAsync("default", Data);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sparql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.ParseAdd(accept);
        using var response = await SendOrSkip(server, request);
        Assert.Equal(accept, response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        if (SparqlResultsFormat.Find(accept) is { } results)
        {
            var result = SparqlResultsReaders.Read(results, new StringReader(text));
            if (query.StartsWith("ASK", StringComparison.Ordinal))
            {
                Assert.True(Assert.IsType<BooleanResult>(result).Value);
            }
            else
            {
                Assert.Equal(3, Assert.IsType<SolutionSequence>(result).Rows.Count());
            }
        }
        else
        {
            Assert.NotEmpty(Rdf.Parse(text, accept));
        }
    }

    [SkippableFact]
    public async Task UnacceptableAcceptIs406AndMalformedQueryIs400WithPosition()
    {
        await using var server = await RunningServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sparql?query=" + Uri.EscapeDataString("ASK {}"));
        request.Headers.Accept.ParseAdd("text/turtle");
        using var response = await server.Client.SendAsync(request);
        Skip.If(response.StatusCode == HttpStatusCode.NotImplemented, "the query engine is not merged into the server yet");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);

        using var malformed = await server.Client.GetAsync("/sparql?query=" + Uri.EscapeDataString("SELECT * WHERE {\n  ?s ?p \n}"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        using var json = JsonDocument.Parse(await malformed.Content.ReadAsStringAsync());
        Assert.Equal(3, json.RootElement.GetProperty("line").GetInt32());
    }

    [SkippableFact]
    public async Task ARunawayQueryIsCutAtTheTimeoutAndTheServerStaysResponsive()
    {
        await using var server = await RunningServer.StartAsync(o => o.QueryTimeout = TimeSpan.FromSeconds(1));
        var many = string.Concat(Enumerable.Range(0, 300).Select(i => $"<http://s{i}> <http://p> {i} .\n"));
        await server.PutAsync("default", many);
        // Four-way cross product of 300 triples: 8.1e9 rows, far beyond a second.
        const string runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z . ?d ?t ?w }";
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var slow = server.Client.GetAsync("/sparql?query=" + Uri.EscapeDataString(runaway));
        using (var health = await server.Client.GetAsync("/health"))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        using var response = await slow;
        Skip.If(response.StatusCode == HttpStatusCode.NotImplemented, "the query engine is not merged into the server yet");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"stopped after {clock.Elapsed}");
    }

    [Fact]
    public async Task ResultsBeyondTheRowLimitAreCutAndSaySo()
    {
        await using var server = await RunningServer.StartAsync(o => o.MaxResultRows = 2);
        await server.PutAsync("default", Data);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sparql?query=" + Uri.EscapeDataString("SELECT * WHERE { ?s ?p ?o }"));
        request.Headers.Accept.ParseAdd("text/tab-separated-values");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("true", response.Headers.GetValues("X-KG-Truncated").Single(), StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task ServiceIsRefusedByDefault()
    {
        await using var server = await RunningServer.StartAsync();
        using var response = await server.Client.GetAsync("/sparql?query=" + Uri.EscapeDataString("SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("disabled", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SendOrSkip(RunningServer server, HttpRequestMessage request)
    {
        var response = await server.Client.SendAsync(request);
        Skip.If(response.StatusCode == HttpStatusCode.NotImplemented, "the query engine is not merged into the server yet: " + await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private static List<string> Names(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("results").GetProperty("bindings").EnumerateArray()
            .Select(b => b.GetProperty("name").GetProperty("value").GetString()!).ToList();
    }
}
