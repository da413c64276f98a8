using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Server.Query;
using KnowledgeGraph.Server.Security;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Server.Tests.Service;

/// <summary>
/// SERVICE between two real servers on 127.0.0.1. The calling server allow-lists the remote's URL and sets
/// ServiceAllowPrivateNetworks, the documented switch for an endpoint on the same host, since the production
/// default refuses loopback; the refusal tests run with that default.
/// </summary>
public sealed class ServiceTests
{
    private const string Prefix = "PREFIX : <http://example.org/> ";

    [Fact]
    public async Task AFederatedQueryJoinsLocalDataWithTheRemoteOnes()
    {
        await using var remote = await Remote(":a :age 31 . :b :age 42 . :z :age 99 .");
        await using var local = await Local(remote, ":a :name \"Ann\" . :b :name \"Bob\" . :c :name \"Cy\" .");

        var rows = await Select(local, Prefix + $"SELECT ?n ?age {{ ?p :name ?n SERVICE <{Endpoint(remote)}> {{ ?p :age ?age }} }}");

        Assert.Equal(["?n=\"Ann\" ?age=\"31\"^^<http://www.w3.org/2001/XMLSchema#integer>", "?n=\"Bob\" ?age=\"42\"^^<http://www.w3.org/2001/XMLSchema#integer>"], rows);
    }

    [Fact]
    public async Task TheValuesBoundJoinGivesTheSameAnswersAsTheUnboundOne()
    {
        var remoteData = string.Concat(Enumerable.Range(0, 300).Where(i => i % 3 != 0).Select(i => $":p{i} :age {i % 70} . :p{i} :tag \"t{i % 4}\" .\n"));
        var localData = string.Concat(Enumerable.Range(0, 300).Select(i => $":p{i} :name \"n{i}\" .\n"));
        await using var remote = await Remote(remoteData);
        await using var local = await Local(remote, localData);
        var pattern = $"SERVICE <{Endpoint(remote)}> {{ ?p :age ?a OPTIONAL {{ ?p :tag ?t FILTER(?t != \"t0\") }} }}";

        var bound = await Select(local, Prefix + $"SELECT ?n ?a ?t {{ ?p :name ?n {pattern} }}"); // left rows sent as VALUES, in batches
        var unbound = await Select(local, Prefix + $"SELECT ?n ?a ?t {{ {pattern} ?p :name ?n }}"); // one request without bindings

        Assert.Equal(200, bound.Count);
        Assert.Equal(unbound, bound);
    }

    [Fact]
    public async Task ServiceIsRefusedWithoutAnAllowListAndNothingConnects()
    {
        using var listener = new Listener();
        await using var server = await RunningServer.StartAsync();
        var (status, body) = await Query(server, $"SELECT * {{ SERVICE <http://127.0.0.1:{listener.Port}/sparql> {{ ?s ?p ?o }} }}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("disabled", body, StringComparison.Ordinal);
        Assert.False(listener.Connected);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task LoopbackEndpointsAreRefusedEvenWhenAllowListedAndNothingConnects(string host)
    {
        using var listener = new Listener();
        var url = $"http://{host}:{listener.Port}/sparql";
        await using var server = await RunningServer.StartAsync(o => o.ServiceAllowList = [$"http://{host}:{listener.Port}/"]);
        var (status, body) = await Query(server, $"SELECT * {{ SERVICE <{url}> {{ ?s ?p ?o }} }}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("refused", body, StringComparison.Ordinal);
        Assert.Contains("internal address", body, StringComparison.Ordinal);
        Assert.False(listener.Connected, "the server connected to the loopback listener");
    }

    [Fact]
    public async Task PrivateNetworkEndpointsAreRefusedBeforeAnyConnection()
    {
        await using var server = await RunningServer.StartAsync(o => o.ServiceAllowList = ["http://10.1.2.3:8890/"]);
        var clock = Stopwatch.StartNew();
        var (status, body) = await Query(server, "SELECT * { SERVICE <http://10.1.2.3:8890/sparql> { ?s ?p ?o } }");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("10.1.2.3, an internal address", body, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "the refusal waited for a connection attempt");
    }

    [Fact]
    public async Task EndpointsOutsideTheAllowListAreRefused()
    {
        await using var remote = await Remote(":a :age 1 .");
        await using var local = await Local(remote, ":a :name \"A\" .");
        var (status, body) = await Query(local, "SELECT * { SERVICE <http://other.example/sparql> { ?s ?p ?o } }");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("not under an allow-listed prefix", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANameThatResolvesToLoopbackOnlyAtConnectTimeIsRefused()
    {
        // DNS rebinding: the check sees a public address, the connection would go to 127.0.0.1.
        using var listener = new Listener();
        var policy = new UrlPolicy([$"http://localhost:{listener.Port}/"], (_, _) => Task.FromResult(new[] { IPAddress.Parse("93.184.216.34") }));
        var executor = new PolicyServiceExecutor(policy, new ServiceLimits(1 << 20, 1000));
        var e = Assert.Throws<SparqlEvaluationException>(() =>
            executor.Execute(new ServiceRequest(new Iri($"http://localhost:{listener.Port}/sparql"), "SELECT * { ?s ?p ?o }", Silent: false), CancellationToken.None));
        Assert.Contains("loopback", e.Message, StringComparison.Ordinal);
        Assert.False(listener.Connected);
    }

    [Fact]
    public async Task SilentGivesTheEmptySolutionForRefusedAndUnreachableEndpoints()
    {
        await using var remote = await Remote(":a :age 1 .");
        await using var local = await Local(remote, ":a :name \"A\" .");
        var closedPort = new Uri(Endpoint(remote)).Port;
        await remote.App.StopAsync(); // allow-listed, but nobody listens any more

        var refused = await Select(local, Prefix + "SELECT ?n ?x { ?p :name ?n SERVICE SILENT <http://other.example/sparql> { ?p :age ?x } }");
        var unreachable = await Select(local, Prefix + $"SELECT ?n ?x {{ ?p :name ?n SERVICE SILENT <http://127.0.0.1:{closedPort}/sparql> {{ ?p :age ?x }} }}");
        var (status, body) = await Query(local, Prefix + $"SELECT ?n ?x {{ ?p :name ?n SERVICE <http://127.0.0.1:{closedPort}/sparql> {{ ?p :age ?x }} }}");

        Assert.Equal(["?n=\"A\""], refused);
        Assert.Equal(["?n=\"A\""], unreachable);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("cannot be reached", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHangingRemoteIsCutAtTheQueryTimeout()
    {
        using var listener = new Listener(acceptAndHang: true);
        await using var server = await RunningServer.StartAsync(o =>
        {
            o.ServiceAllowList = [$"http://127.0.0.1:{listener.Port}/"];
            o.ServiceAllowPrivateNetworks = true;
            o.QueryTimeout = TimeSpan.FromSeconds(1);
        });
        var clock = Stopwatch.StartNew();
        var (status, _) = await Query(server, $"SELECT * {{ SERVICE SILENT <http://127.0.0.1:{listener.Port}/sparql> {{ ?s ?p ?o }} }}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(6), $"the query took {clock.Elapsed}");
        Assert.True(listener.Connected, "the remote never saw the call");
        using var health = await server.Client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task AnAnswerLargerThanTheRowCapFailsTheCall()
    {
        await using var remote = await Remote(string.Concat(Enumerable.Range(0, 20).Select(i => $":s{i} :p {i} .\n")));
        await using var local = await Local(remote, ":a :name \"A\" .", o => o.ServiceMaxRows = 5);
        var (status, body) = await Query(local, $"SELECT * {{ SERVICE <{Endpoint(remote)}> {{ ?s ?p ?o }} }}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("more than 5 solutions", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUpdateCanCopyRemoteDataThroughServiceAndIsRefusedCleanlyWithoutAnAllowList()
    {
        await using var remote = await Remote(":a :age 31 . :b :age 42 .");
        await using var local = await Local(remote, ":a :name \"Ann\" .");
        var update = Prefix + $"INSERT {{ ?p :age ?age }} WHERE {{ ?p :name ?n SERVICE <{Endpoint(remote)}> {{ ?p :age ?age }} }}";

        using (var response = await local.Client.SendAsync(RunningServer.Authorized(HttpMethod.Post, "/sparql", update, "application/sparql-update")))
        {
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(["?n=\"Ann\" ?age=\"31\"^^<http://www.w3.org/2001/XMLSchema#integer>"], await Select(local, Prefix + "SELECT ?n ?age { ?p :name ?n ; :age ?age }"));

        await using var closed = await RunningServer.StartAsync();
        await Put(closed, ":a :name \"Ann\" ."); // a row to join, so the SERVICE is reached
        using var refused = await closed.Client.SendAsync(RunningServer.Authorized(HttpMethod.Post, "/sparql", update, "application/sparql-update"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("disabled", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    internal static string Endpoint(RunningServer server) => new Uri(server.Client.BaseAddress!, "/sparql").AbsoluteUri;

    internal static async Task<RunningServer> Remote(string turtle)
    {
        var server = await RunningServer.StartAsync();
        await Put(server, turtle);
        return server;
    }

    internal static async Task<RunningServer> Local(RunningServer remote, string turtle, Action<Options.ServerOptions>? configure = null)
    {
        var server = await RunningServer.StartAsync(o =>
        {
            o.ServiceAllowList = [new Uri(remote.Client.BaseAddress!, "/").AbsoluteUri];
            o.ServiceAllowPrivateNetworks = true;
            configure?.Invoke(o);
        });
        await Put(server, turtle);
        return server;
    }

    private static async Task Put(RunningServer server, string turtle)
    {
        using var put = await server.PutAsync("default", "@prefix : <http://example.org/> .\n" + turtle);
        Assert.True(put.IsSuccessStatusCode, $"PUT failed: {put.StatusCode}");
    }

    internal static async Task<(HttpStatusCode Status, string Body)> Query(RunningServer server, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sparql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.ParseAdd("application/sparql-results+json");
        using var response = await server.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    internal static async Task<List<string>> Select(RunningServer server, string query)
    {
        var (status, body) = await Query(server, query);
        Assert.True(status == HttpStatusCode.OK, $"{status}: {body}");
        var result = (SolutionSequence)SparqlResultsReaders.Read(SparqlResultsFormat.Json, new StringReader(body));
        return [.. result.Rows.Select(r => r.ToString().Replace(" ?x=UNDEF", string.Empty, StringComparison.Ordinal).Replace(" ?t=UNDEF", string.Empty, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    /// <summary>A TCP listener on 127.0.0.1 that records whether anyone connected (and, if asked, accepts and never answers).</summary>
    private sealed class Listener : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly List<TcpClient> _accepted = [];
        private volatile bool _connected;

        public Listener(bool acceptAndHang = false)
        {
            _listener.Start();
            Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
            if (acceptAndHang)
            {
                _ = Task.Run(async () =>
                {
                    try
                    {
                        while (true)
                        {
                            var client = await _listener.AcceptTcpClientAsync();
                            _connected = true;
                            lock (_accepted)
                            {
                                _accepted.Add(client);
                            }
                        }
                    }
                    catch (Exception e) when (e is SocketException or ObjectDisposedException)
                    {
                        // stopped
                    }
                });
            }
        }

        public int Port { get; }

        public bool Connected => _connected || _listener.Pending();

        public void Dispose()
        {
            _listener.Stop();
            lock (_accepted)
            {
                _accepted.ForEach(c => c.Dispose());
            }
        }
    }
}
