using System.Net.Http.Headers;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Server.Tests.W3c;

/// <summary>
/// The W3C SPARQL 1.1 protocol and graph-store-protocol test descriptions, each entry run as real HTTP
/// requests against a fresh server. Paths are mapped onto ours: <c>/sparql/</c> to <c>/sparql</c>, indirect
/// <c>/gsp?...</c> to <c>/store?...</c>, and direct identification (<c>/gsp/person/1.ttl</c>) to
/// <c>/store?graph=http://www.example/gsp/person/1.ttl</c> (the server names graphs indirectly only).
/// Every request carries the update token. A case whose request needs the SPARQL engine is skipped while
/// the server answers 501 for it (the engine is not merged yet); it runs as soon as the engine is.
/// </summary>
public sealed class W3cHttpTests
{
    public static TheoryData<string, string> GraphStoreCases() => Cases("graph-store-protocol", "manifest-indirect.ttl", "manifest-direct.ttl");

    public static TheoryData<string, string> ProtocolCases() => Cases("protocol", "manifest.ttl");

    [SkippableTheory]
    [MemberData(nameof(GraphStoreCases))]
    public Task GraphStoreProtocol(string manifest, string test) => RunAsync("graph-store-protocol", manifest, test);

    [SkippableTheory]
    [MemberData(nameof(ProtocolCases))]
    public Task Protocol(string manifest, string test) => RunAsync("protocol", manifest, test);

    private static TheoryData<string, string> Cases(string suite, params string[] manifests)
    {
        var data = new TheoryData<string, string>();
        var folder = TestSuites.Sparql11Folder(suite);
        if (folder is null)
        {
            data.Add("missing", "missing");
            return data;
        }

        foreach (var m in manifests)
        {
            foreach (var t in HttpTestManifest.Load(Path.Combine(folder, m)).Tests)
            {
                data.Add(m, t.Id);
            }
        }

        return data;
    }

    private static async Task RunAsync(string suite, string manifestName, string testId)
    {
        var folder = TestSuites.Sparql11Folder(suite);
        Skip.If(folder is null, $"W3C test suites not found: set KG_W3C_TESTS (sparql/sparql11/{suite}).");
        var test = HttpTestManifest.Load(Path.Combine(folder!, manifestName)).Tests.Single(t => t.Id == testId);

        await using var server = await RunningServer.StartAsync();
        foreach (var data in test.GraphData)
        {
            using var put = await server.PutAsync("graph=" + Uri.EscapeDataString(data.GraphIri), await File.ReadAllTextAsync(data.File), "application/n-triples");
            Assert.True(put.IsSuccessStatusCode, $"loading {data.File}: {put.StatusCode}");
        }

        string? location = null;
        var step = 0;
        foreach (var r in test.Requests)
        {
            step++;
            var (path, graphIri) = Translate(r.Path, location);
            using var request = new HttpRequestMessage(new HttpMethod(r.Method), path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", RunningServer.Token);
            if (r.Body is not null)
            {
                var body = location is null ? r.Body : r.Body.Replace("$LOCATION$", location, StringComparison.Ordinal);
                var encoding = r.Encoding is { } e && e.Equals("UTF-16", StringComparison.OrdinalIgnoreCase) ? Encoding.Unicode : Encoding.UTF8;
                request.Content = new ByteArrayContent(encoding.GetBytes(body));
            }

            foreach (var (name, value) in r.Headers)
            {
                if (name.Equals("content-type", StringComparison.OrdinalIgnoreCase))
                {
                    request.Content ??= new ByteArrayContent([]);
                    request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(value);
                }
                else
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }
            }

            if (request.Content is not null && !r.Headers.ContainsKey("content-type"))
            {
                // The manifests leave some bodies without a type; HttpClient must not invent one.
                request.Content.Headers.ContentType = null;
            }

            using var response = await server.Client.SendAsync(request);
            var code = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            Skip.If(code == 501, $"step {step} needs the SPARQL engine, not merged yet: {text}");
            var where = $"{test.Id} step {step} ({r.Method} {path})";
            Assert.True(r.Response.Statuses.Count == 0 || r.Response.Statuses.Any(s => StatusNames.Satisfies(code, s)),
                $"{where}: got {code}, expected one of {string.Join(", ", r.Response.Statuses)}. Body: {text}");
            if (r.Response.LocationTemplate is not null)
            {
                location = response.Headers.Location?.ToString();
                Assert.False(location is null, $"{where}: expected a Location header");
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType;
            if (r.Response.Headers.TryGetValue("content-type", out var expectedType))
            {
                Assert.Equal(expectedType.Split(';')[0].Trim(), mediaType);
            }

            if (r.Response.Body is { } expectedBody)
            {
                var baseIri = graphIri ?? "http://www.example/";
                var expected = Rdf.Parse(expectedBody, expectedType ?? "text/turtle", baseIri);
                Rdf.AssertIsomorphic(expected, Rdf.AsTriples(Rdf.Parse(text, mediaType!, baseIri)));
            }

            switch (r.Response.Format)
            {
                case "boolean":
                case "tabular":
                    var resultsFormat = SparqlResultsFormat.Find(mediaType!);
                    Assert.False(resultsFormat is null, $"{where}: '{mediaType}' is not a SPARQL results format");
                    var result = SparqlResultsReaders.Read(resultsFormat!, new StringReader(text));
                    if (r.Response.Boolean is { } b)
                    {
                        Assert.Equal(b, Assert.IsType<BooleanResult>(result).Value);
                    }

                    break;
                case "RDF":
                    Assert.False(RdfFormat.Find(mediaType!) is null, $"{where}: '{mediaType}' is not an RDF format");
                    Rdf.Parse(text, mediaType!);
                    break;
            }
        }
    }

    /// <summary>Our path for a manifest path, and the graph IRI it addresses (for relative IRIs in bodies).</summary>
    private static (string Path, string? GraphIri) Translate(string path, string? location)
    {
        if (location is not null)
        {
            path = path.Replace("$LOCATION$", Uri.EscapeDataString(location), StringComparison.Ordinal);
        }

        if (path.StartsWith("/sparql/", StringComparison.Ordinal))
        {
            return ("/sparql" + path["/sparql/".Length..], null);
        }

        if (path == "/gsp")
        {
            return ("/store", null);
        }

        if (path.StartsWith("/gsp?", StringComparison.Ordinal))
        {
            var query = path["/gsp?".Length..];
            var graph = query.StartsWith("graph=", StringComparison.Ordinal) ? Uri.UnescapeDataString(query["graph=".Length..]) : null;
            return ("/store?" + query, graph);
        }

        var iri = "http://www.example" + path;
        return ("/store?graph=" + Uri.EscapeDataString(iri), iri);
    }
}
