using System.Net;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Remote.Tests;

/// <summary>The client retries reads (with backoff) and never repeats a write, against a fake flaky endpoint.</summary>
public sealed class RetryTests
{
    [Theory]
    [InlineData(FlakyEndpoint.Behaviour.ServiceUnavailable)]
    [InlineData(FlakyEndpoint.Behaviour.DropConnection)]
    public async Task A_query_is_retried_until_it_succeeds(FlakyEndpoint.Behaviour behaviour)
    {
        await using var remote = await FlakyEndpoint.StartAsync(failures: 2, behaviour);
        using var client = new RemoteSparqlClient(remote.Settings(retries: 3));
        var result = (SolutionSequence)await client.QueryAsync("SELECT ?x WHERE { ?x ?p ?o }", givesGraph: false);
        Assert.Equal("ok", ((Literal)result.Rows.Single()["x"]!).LexicalForm);
        Assert.Equal(3, remote.Requests);
    }

    [Fact]
    public async Task A_query_gives_up_after_the_configured_retries_and_names_the_endpoint()
    {
        await using var remote = await FlakyEndpoint.StartAsync(failures: 10, FlakyEndpoint.Behaviour.ServiceUnavailable);
        using var client = new RemoteSparqlClient(remote.Settings(retries: 2));
        var e = await Assert.ThrowsAsync<RemoteStoreException>(() => client.QueryAsync("ASK {}", givesGraph: false));
        Assert.Equal(3, remote.Requests);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, e.Status);
        Assert.Contains(remote.Url.GetLeftPart(UriPartial.Path), e.Message);
        Assert.Contains("busy, try later", e.Message);
    }

    [Fact]
    public async Task A_rejected_query_is_not_retried()
    {
        await using var remote = await FlakyEndpoint.StartAsync(failures: 1, FlakyEndpoint.Behaviour.BadRequest);
        using var client = new RemoteSparqlClient(remote.Settings() with { Dialect = new VirtuosoDialect(VirtuosoDialect.DefaultGraphStandIn) });
        var e = await Assert.ThrowsAsync<RemoteStoreException>(() => client.QueryAsync("ASK {}", givesGraph: false));
        Assert.Equal(1, remote.Requests);
        Assert.True(e.IsClientError);
        // The dialect keeps Virtuoso's message and drops its echo of the query.
        Assert.Contains("SP030: SPARQL compiler, line 1: syntax error", e.Message);
        Assert.DoesNotContain("SELEC", e.Message);
    }

    [Theory]
    [InlineData(FlakyEndpoint.Behaviour.ServiceUnavailable)]
    [InlineData(FlakyEndpoint.Behaviour.DropConnection)]
    public async Task Writes_are_sent_exactly_once_whatever_happens(FlakyEndpoint.Behaviour behaviour)
    {
        await using var remote = await FlakyEndpoint.StartAsync(failures: 100, behaviour);
        using var client = new RemoteSparqlClient(remote.Settings(retries: 5));
        await Assert.ThrowsAsync<RemoteStoreException>(() => client.UpdateAsync("INSERT DATA { <urn:a> <urn:b> <urn:c> }"));
        Assert.Equal(1, remote.Requests);
        await Assert.ThrowsAsync<RemoteStoreException>(() => client.GraphWriteAsync(new Iri("urn:g"), "<urn:a> <urn:b> <urn:c> .\n"u8.ToArray(), replace: false));
        Assert.Equal(2, remote.Requests);
        await Assert.ThrowsAsync<RemoteStoreException>(() => client.GraphWriteAsync(new Iri("urn:g"), "<urn:a> <urn:b> <urn:c> .\n"u8.ToArray(), replace: true));
        Assert.Equal(3, remote.Requests);
        await Assert.ThrowsAsync<RemoteStoreException>(() => client.GraphDeleteAsync(new Iri("urn:g")));
        Assert.Equal(4, remote.Requests);
        Assert.Equal(["POST", "POST", "PUT", "DELETE"], remote.Methods);
    }

    [Fact]
    public async Task Basic_and_bearer_credentials_are_sent_with_every_request()
    {
        await using var remote = await FlakyEndpoint.StartAsync(failures: 0, FlakyEndpoint.Behaviour.ServiceUnavailable);
        using (var basic = new RemoteSparqlClient(remote.Settings() with { Auth = RemoteAuthScheme.Basic, User = "kg", Password = "pässword" }))
        {
            await basic.QueryAsync("ASK {}", givesGraph: false);
            await basic.UpdateAsync("CLEAR DEFAULT");
        }

        using (var bearer = new RemoteSparqlClient(remote.Settings() with { Auth = RemoteAuthScheme.Bearer, BearerToken = "t0ken" }))
        {
            await bearer.QueryAsync("ASK {}", givesGraph: false);
        }

        var expected = "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("kg:pässword"));
        Assert.Equal([expected, expected, "Bearer t0ken"], remote.Authorizations);
        Assert.Throws<ArgumentException>(() => new RemoteSparqlClient(remote.Settings() with { Auth = RemoteAuthScheme.Digest, User = "kg" }));
    }

    [Fact]
    public async Task An_unreachable_store_is_named_in_the_error()
    {
        // Bound, never listened on: connections are refused, and no parallel test's server can take the port meanwhile.
        using var holder = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.InterNetwork, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
        holder.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)holder.LocalEndPoint!).Port;

        using var client = new RemoteSparqlClient(new RemoteStoreSettings { QueryEndpoint = new Uri($"http://127.0.0.1:{port}/sparql"), MaxReadRetries = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(5) });
        var e = await Assert.ThrowsAsync<RemoteStoreException>(() => client.QueryAsync("ASK {}", givesGraph: false));
        Assert.Null(e.Status);
        Assert.Contains($"127.0.0.1:{port}/sparql could not be reached", e.Message);
        Assert.Equal(2, client.Attempts);
    }

    [Fact]
    public async Task Cancellation_reaches_the_request()
    {
        await using var remote = await FlakyEndpoint.StartAsync(failures: 1000, FlakyEndpoint.Behaviour.ServiceUnavailable);
        using var client = new RemoteSparqlClient(remote.Settings(retries: 1000) with { RetryBaseDelay = TimeSpan.FromMilliseconds(200) });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.QueryAsync("ASK {}", givesGraph: false, cancel: cancel.Token));
        Assert.True(remote.Requests < 10, $"{remote.Requests} requests after cancellation");
    }
}
