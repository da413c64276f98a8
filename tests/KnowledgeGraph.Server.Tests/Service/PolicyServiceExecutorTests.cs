using System.Net;
using System.Text;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Server.Query;
using KnowledgeGraph.Server.Security;
using KnowledgeGraph.Sparql.Evaluation;

namespace KnowledgeGraph.Server.Tests.Service;

/// <summary>
/// The HTTP side of SERVICE against endpoints that answer what a test tells them to (an HttpListener on 127.0.0.1
/// playing a third-party store): XML results, errors, wrong content types, oversized answers.
/// </summary>
public sealed class PolicyServiceExecutorTests
{
    private const string XmlResults = """
        <?xml version="1.0"?>
        <sparql xmlns="http://www.w3.org/2005/sparql-results#">
          <head><variable name="s"/><variable name="n"/></head>
          <results>
            <result><binding name="s"><uri>http://example.org/a</uri></binding><binding name="n"><literal datatype="http://www.w3.org/2001/XMLSchema#integer">1</literal></binding></result>
            <result><binding name="s"><bnode>r1</bnode></binding></result>
          </results>
        </sparql>
        """;

    [Fact]
    public async Task ReadsXmlResultsAndPostsTheQueryAsAProtocolForm()
    {
        await using var endpoint = new ScriptedEndpoint(200, "application/sparql-results+xml; charset=utf-8", XmlResults);
        var result = Executor(endpoint).Execute(Request(endpoint, "SELECT * { ?s ?p ?o }"), CancellationToken.None);

        Assert.Equal(["s", "n"], result.Variables);
        var rows = result.Rows.ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(new Iri("http://example.org/a"), rows[0]["s"]);
        Assert.IsType<BlankNode>(rows[1]["s"]);
        Assert.Equal("POST", endpoint.Method);
        Assert.Equal("query=" + Uri.EscapeDataString("SELECT * { ?s ?p ?o }").Replace("%20", "+", StringComparison.Ordinal), endpoint.Body);
        Assert.Contains("application/sparql-results+json", endpoint.Accept, StringComparison.Ordinal);
        Assert.Contains("application/sparql-results+xml", endpoint.Accept, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500, "text/plain", "boom", "answered 500")]
    [InlineData(200, "text/html", "<html></html>", "expected SPARQL JSON or XML results, got Content-Type text/html")]
    [InlineData(200, "application/sparql-results+json", "{ not json", "not well-formed results")]
    [InlineData(200, "application/sparql-results+json", "{\"head\":{},\"boolean\":true}", "a boolean, not solutions")]
    public async Task BadAnswersFailWithTheEndpointAndTheReason(int status, string contentType, string body, string reason)
    {
        await using var endpoint = new ScriptedEndpoint(status, contentType, body);
        var e = Assert.Throws<SparqlEvaluationException>(() => Executor(endpoint).Execute(Request(endpoint, "SELECT * {}"), CancellationToken.None));
        Assert.Contains(endpoint.Url, e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAnswerOverTheByteCapFails()
    {
        await using var endpoint = new ScriptedEndpoint(200, "application/sparql-results+xml", XmlResults);
        var executor = new PolicyServiceExecutor(Policy(endpoint), new ServiceLimits(MaxResponseBytes: 100, MaxRows: 1000));
        var e = Assert.Throws<SparqlEvaluationException>(() => executor.Execute(Request(endpoint, "SELECT * {}"), CancellationToken.None));
        Assert.Contains("ServiceMaxResponseBytes", e.Message, StringComparison.Ordinal);
    }

    private static PolicyServiceExecutor Executor(ScriptedEndpoint endpoint) =>
        new(Policy(endpoint), new ServiceLimits(1 << 20, 1000));

    private static UrlPolicy Policy(ScriptedEndpoint endpoint) => new([endpoint.Url], allowInternalAddresses: true);

    private static ServiceRequest Request(ScriptedEndpoint endpoint, string query) => new(new Iri(endpoint.Url), query, Silent: false);

    /// <summary>An HTTP endpoint on 127.0.0.1 that records the request and answers with a fixed status, type and body.</summary>
    private sealed class ScriptedEndpoint : IAsyncDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task _serving;

        public ScriptedEndpoint(int status, string contentType, string body)
        {
            var port = FreePort();
            Url = $"http://127.0.0.1:{port}/sparql";
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            _listener.Start();
            _serving = Task.Run(async () =>
            {
                try
                {
                    while (true)
                    {
                        var context = await _listener.GetContextAsync();
                        Method = context.Request.HttpMethod;
                        Accept = context.Request.Headers["Accept"] ?? string.Empty;
                        using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
                        {
                            Body = await reader.ReadToEndAsync();
                        }

                        var bytes = Encoding.UTF8.GetBytes(body);
                        context.Response.StatusCode = status;
                        context.Response.ContentType = contentType;
                        context.Response.ContentLength64 = bytes.Length;
                        await context.Response.OutputStream.WriteAsync(bytes);
                        context.Response.Close();
                    }
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    // stopped
                }
            });
        }

        public string Url { get; }

        public string? Method { get; private set; }

        public string Accept { get; private set; } = string.Empty;

        public string? Body { get; private set; }

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            _listener.Close();
            await _serving;
        }

        private static int FreePort()
        {
            var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }
    }
}
