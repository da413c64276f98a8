using System.Net;
using System.Net.Http.Headers;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Server.Tests;

/// <summary>Writes are refused unless the server has a token and the request carries it; reads stay open.</summary>
public sealed class SecurityTests
{
    private const string Triple = "<http://a> <http://p> <http://o> .";

    [Fact]
    public async Task WithoutAConfiguredTokenEveryWriteIsRefusedWithHowToConfigureOne()
    {
        await using var server = await RunningServer.StartAsync(o => o.UpdateToken = null);
        foreach (var request in Writes())
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", RunningServer.Token);
            using var response = await server.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("KnowledgeGraph__UpdateToken", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Empty(Rdf.Parse(await server.Client.GetStringAsync("/store?default"), RdfFormat.Turtle));
    }

    [Fact]
    public async Task MissingOrWrongTokenIs401AndWritesNothing()
    {
        await using var server = await RunningServer.StartAsync();
        foreach (var request in Writes())
        {
            using var response = await server.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.First().Scheme);
        }

        foreach (var request in Writes())
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", RunningServer.Token + "x");
            using var response = await server.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        Assert.Empty(Rdf.Parse(await server.Client.GetStringAsync("/store?default"), RdfFormat.Turtle));
    }

    [Fact]
    public async Task ReadOnlyRefusesWritesEvenWithTheToken()
    {
        await using var server = await RunningServer.StartAsync(o => o.ReadOnly = true);
        foreach (var request in Writes())
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", RunningServer.Token);
            using var response = await server.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("read-only", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var read = await server.Client.GetAsync("/store?default");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task TheRightTokenWrites()
    {
        await using var server = await RunningServer.StartAsync();
        using var put = await server.PutAsync("default", Triple);
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Single(Rdf.Parse(await server.Client.GetStringAsync("/store?default"), RdfFormat.Turtle));
    }

    [Fact]
    public async Task ErrorsAreProblemDetailsWithoutStackTraces()
    {
        await using var server = await RunningServer.StartAsync();
        using var response = await server.Client.GetAsync("/store?graph=not%20an%20iri%20%3C%3E");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(" at KnowledgeGraph", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorsLetsConfiguredOriginsReadButNotSendTokens()
    {
        await using var server = await RunningServer.StartAsync(o => o.CorsOrigins = ["https://app.example"]);
        using var read = new HttpRequestMessage(HttpMethod.Get, "/store?default");
        read.Headers.Add("Origin", "https://app.example");
        using var readResponse = await server.Client.SendAsync(read);
        Assert.Equal("https://app.example", readResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var other = new HttpRequestMessage(HttpMethod.Get, "/store?default");
        other.Headers.Add("Origin", "https://elsewhere.example");
        using var otherResponse = await server.Client.SendAsync(other);
        Assert.False(otherResponse.Headers.Contains("Access-Control-Allow-Origin"));

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/sparql");
        preflight.Headers.Add("Origin", "https://app.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization");
        using var preflightResponse = await server.Client.SendAsync(preflight);
        Assert.False(preflightResponse.Headers.TryGetValues("Access-Control-Allow-Headers", out var allowed)
            && allowed.Any(h => h.Contains("authorization", StringComparison.OrdinalIgnoreCase)));
    }

    private static IEnumerable<HttpRequestMessage> Writes()
    {
        yield return new HttpRequestMessage(HttpMethod.Put, "/store?default") { Content = Turtle() };
        yield return new HttpRequestMessage(HttpMethod.Post, "/store?graph=http://example.org/g") { Content = Turtle() };
        yield return new HttpRequestMessage(HttpMethod.Delete, "/store?default");
        yield return new HttpRequestMessage(HttpMethod.Post, "/sparql")
        {
            Content = new FormUrlEncodedContent([new("update", "INSERT DATA { <http://a> <http://p> <http://o> }")]),
        };
        var direct = new StringContent("INSERT DATA { <http://a> <http://p> <http://o> }");
        direct.Headers.ContentType = new MediaTypeHeaderValue("application/sparql-update");
        yield return new HttpRequestMessage(HttpMethod.Post, "/sparql") { Content = direct };
    }

    private static StringContent Turtle()
    {
        var content = new StringContent(Triple);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/turtle");
        return content;
    }
}
