using System.Net;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Remote.Tests;

/// <summary>
/// The server on Virtuoso beyond the read parity: the Graph Store proxied both ways, SPARQL Update, caches and
/// ETags that follow our writes, others' writes (TTL) and other servers' writes (version triple), the SERVICE and
/// LOAD policies, and error statuses. Test data uses urn: graphs and predicates so it never meets the seed queries.
/// </summary>
[Collection(VirtuosoCollection.Name)]
public sealed class RemoteServerTests(VirtuosoFixture fixture)
{
    private const string Document = """
        @prefix ex: <urn:test:> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix geo: <http://www.opengis.net/ont/geosparql#> .
        ex:s ex:text "line one\nline \"two\" with } and >" , "Kabul"@en , "کابل"@ps ;
             ex:n 42 , 1.5 , "2021-07-20"^^xsd:date , true ;
             ex:wkt "<http://www.opengis.net/def/crs/OGC/1.3/CRS84> POINT(69.17233 34.52813)"^^geo:wktLiteral ;
             ex:link [ ex:label "a blank node" ; ex:next [ ex:label "another" ] ] .
        """;

    [SkippableFact]
    public async Task Graph_store_round_trip_through_the_server_is_exact()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var client = fixture.Remote!.Client;
        var graph = "urn:test:gsp-" + Guid.NewGuid().ToString("N");
        using (var put = await client.SendAsync(Servers.Authorized(HttpMethod.Put, "/store?graph=" + Uri.EscapeDataString(graph), Document)))
        {
            Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        }

        var expected = Parse(Document, RdfFormat.Turtle);
        foreach (var accept in new[] { "text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json" })
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, "/store?graph=" + Uri.EscapeDataString(graph));
            get.Headers.Accept.ParseAdd(accept);
            using var response = await client.SendAsync(get);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var actual = Parse(await response.Content.ReadAsStringAsync(), RdfFormat.Find(accept)!);
            Assert.True(GraphIsomorphism.AreIsomorphic(expected, actual), accept + ": " + GraphIsomorphism.Explain(expected, actual));
        }

        // POST merges; PUT of the same graph replaces; DELETE removes, then 404.
        using (var post = await client.SendAsync(Servers.Authorized(HttpMethod.Post, "/store?graph=" + Uri.EscapeDataString(graph), "<urn:test:extra> <urn:test:p> \"x\" .", "application/n-triples")))
        {
            Assert.Equal(HttpStatusCode.NoContent, post.StatusCode);
        }

        Assert.Equal(expected.Count + 1, Parse(await client.GetStringAsync("/store?graph=" + Uri.EscapeDataString(graph)), RdfFormat.Turtle).Count);
        using (var replace = await client.SendAsync(Servers.Authorized(HttpMethod.Put, "/store?graph=" + Uri.EscapeDataString(graph), "<urn:test:only> <urn:test:p> \"y\" .")))
        {
            Assert.Equal(HttpStatusCode.NoContent, replace.StatusCode);
        }

        Assert.Single(Parse(await client.GetStringAsync("/store?graph=" + Uri.EscapeDataString(graph)), RdfFormat.Turtle));
        using (var delete = await client.SendAsync(Servers.Authorized(HttpMethod.Delete, "/store?graph=" + Uri.EscapeDataString(graph))))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        using var gone = await client.GetAsync("/store?graph=" + Uri.EscapeDataString(graph));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var deleteAgain = await client.SendAsync(Servers.Authorized(HttpMethod.Delete, "/store?graph=" + Uri.EscapeDataString(graph)));
        Assert.Equal(HttpStatusCode.NotFound, deleteAgain.StatusCode);
    }

    [SkippableFact]
    public async Task Graph_store_writes_keep_our_checks_in_front()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var client = fixture.Remote!.Client;
        var graph = "/store?graph=" + Uri.EscapeDataString("urn:test:checks-" + Guid.NewGuid().ToString("N"));
        using var malformed = await client.SendAsync(Servers.Authorized(HttpMethod.Put, graph, "<urn:a> <urn:b> .\n"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("1:", await malformed.Content.ReadAsStringAsync());
        using var anonymous = await client.PutAsync(graph, new StringContent("<urn:a> <urn:b> <urn:c> .", Encoding.UTF8, "text/turtle"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var missing = await client.GetAsync(graph);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        // The default graph exists even where Virtuoso keeps it in a stand-in graph.
        using var defaultGraph = await client.GetAsync("/store?default");
        Assert.Equal(HttpStatusCode.OK, defaultGraph.StatusCode);
    }

    [SkippableFact]
    public async Task Updates_go_to_the_remote_and_move_the_version_so_caches_and_etags_follow()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var client = fixture.Remote!.Client;
        var subject = "urn:test:u-" + Guid.NewGuid().ToString("N");
        var url = "/sparql?query=" + Uri.EscapeDataString($"SELECT ?o WHERE {{ <{subject}> <urn:test:p> ?o }}");
        using var first = await client.GetAsync(url);
        var etag = first.Headers.ETag!;
        Assert.DoesNotContain("\"value\"", await first.Content.ReadAsStringAsync());

        using var update = await client.SendAsync(Servers.Authorized(HttpMethod.Post, "/sparql",
            $"INSERT DATA {{ GRAPH <urn:test:updates> {{ <{subject}> <urn:test:p> \"v1\" }} }}", "application/sparql-update"));
        Assert.Equal(HttpStatusCode.NoContent, update.StatusCode);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotEqual(etag, second.Headers.ETag);
        Assert.Contains("\"v1\"", await second.Content.ReadAsStringAsync());

        using var malformed = await client.SendAsync(Servers.Authorized(HttpMethod.Post, "/sparql", "INSERT DATA { <urn:a> }", "application/sparql-update"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("\"line\"", await malformed.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Writes_by_others_show_after_the_cache_ttl()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        await using var server = await Servers.StartRemoteAsync(fixture.Virtuoso!, r => r.CacheTtl = TimeSpan.FromSeconds(1));
        var subject = "urn:test:ttl-" + Guid.NewGuid().ToString("N");
        var url = "/sparql?query=" + Uri.EscapeDataString($"SELECT ?o WHERE {{ <{subject}> <urn:test:p> ?o }}");
        Assert.DoesNotContain("behind", await server.Client.GetStringAsync(url));

        // Someone else writes straight to Virtuoso: our cached answer may be served until the TTL runs out, not after.
        using (var direct = fixture.Client())
        {
            await direct.UpdateAsync($"INSERT DATA {{ GRAPH <urn:test:others> {{ <{subject}> <urn:test:p> \"behind our back\" }} }}");
        }

        await Task.Delay(TimeSpan.FromSeconds(1.2));
        Assert.Contains("behind our back", await server.Client.GetStringAsync(url));
    }

    [SkippableFact]
    public async Task A_write_through_one_server_reaches_another_through_the_version_triple()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var versionGraph = "urn:test:version-" + Guid.NewGuid().ToString("N");
        void Configure(KnowledgeGraph.Server.Options.RemoteStoreOptions r)
        {
            r.CacheTtl = TimeSpan.Zero;
            r.VersionGraph = versionGraph;
            r.VersionPollInterval = TimeSpan.FromMilliseconds(200);
        }

        await using var a = await Servers.StartRemoteAsync(fixture.Virtuoso!, Configure);
        await using var b = await Servers.StartRemoteAsync(fixture.Virtuoso!, Configure);
        var subject = "urn:test:vt-" + Guid.NewGuid().ToString("N");
        var url = "/sparql?query=" + Uri.EscapeDataString($"SELECT ?o WHERE {{ <{subject}> <urn:test:p> ?o }}");
        await Task.Delay(300);
        Assert.DoesNotContain("from a", await b.Client.GetStringAsync(url));
        using var update = await a.Client.SendAsync(Servers.Authorized(HttpMethod.Post, "/sparql",
            $"INSERT DATA {{ GRAPH <urn:test:updates> {{ <{subject}> <urn:test:p> \"from a\" }} }}", "application/sparql-update"));
        Assert.Equal(HttpStatusCode.NoContent, update.StatusCode);
        // b cached the empty answer with no TTL: only the version triple can tell it.
        await Task.Delay(400);
        Assert.Contains("from a", await b.Client.GetStringAsync(url));
    }

    [SkippableFact]
    public async Task Service_and_load_are_refused_before_the_remote_sees_them()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var client = fixture.Remote!.Client;
        using var service = await client.GetAsync("/sparql?query=" + Uri.EscapeDataString("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"));
        Assert.Equal(HttpStatusCode.BadRequest, service.StatusCode);
        Assert.Contains("SERVICE", await service.Content.ReadAsStringAsync());
        using var hidden = await client.GetAsync("/sparql?query=" + Uri.EscapeDataString("SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }"));
        Assert.Equal(HttpStatusCode.BadRequest, hidden.StatusCode);
        using var load = await client.SendAsync(Servers.Authorized(HttpMethod.Post, "/sparql", "LOAD <http://127.0.0.1:1/data.ttl>", "application/sparql-update"));
        Assert.Equal(HttpStatusCode.BadRequest, load.StatusCode);
        Assert.Contains("LOAD", await load.Content.ReadAsStringAsync());
        using var malformed = await client.GetAsync("/sparql?query=" + Uri.EscapeDataString("SELEC * WHERE {}"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("\"line\"", await malformed.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task An_unreachable_store_is_a_502_naming_it()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        // A port bound but never listened on: connecting is refused at once, and while the socket is held no other
        // server of this (parallel) test run can be given the port (a released probe port could be, and then the
        // request would wait on that server until the query timeout instead of failing).
        using var holder = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.InterNetwork, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
        holder.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)holder.LocalEndPoint!).Port;

        await using var server = await Servers.StartAsync(o =>
        {
            o.Store.Kind = KnowledgeGraph.Server.Options.StoreMode.Remote;
            o.Store.Remote.QueryEndpoint = $"http://127.0.0.1:{port}/sparql";
            o.Store.Remote.MaxReadRetries = 1;
            o.Store.Remote.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
        });
        using var response = await server.Client.GetAsync("/sparql?query=" + Uri.EscapeDataString("ASK {}"));
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains($"127.0.0.1:{port}/sparql", await response.Content.ReadAsStringAsync());

        // /health speaks for this server; it says the data is remote and does not pretend to know its size.
        using var health = System.Text.Json.JsonDocument.Parse(await server.Client.GetStringAsync("/health"));
        Assert.Equal("remote", health.RootElement.GetProperty("store").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, health.RootElement.GetProperty("quads").ValueKind);
    }

    [SkippableFact]
    public async Task Construct_and_ask_come_back_through_our_negotiation()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var query = "PREFIX kg: <https://w3id.org/newskg/ont#> CONSTRUCT { ?c kg:stance ?s } WHERE { ?c kg:stance ?s }";
        var graphs = new List<IReadOnlyList<Quad>>();
        foreach (var server in new[] { fixture.Embedded!, fixture.Remote! })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/sparql?query=" + Uri.EscapeDataString(query));
            request.Headers.Accept.ParseAdd("application/n-triples");
            using var response = await server.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            graphs.Add(Parse(await response.Content.ReadAsStringAsync(), RdfFormat.NTriples));
        }

        Assert.NotEmpty(graphs[0]);
        Assert.True(GraphIsomorphism.AreIsomorphic(graphs[0], graphs[1]), GraphIsomorphism.Explain(graphs[0], graphs[1]));
        var ask = await fixture.Remote!.Client.GetStringAsync("/sparql?query=" + Uri.EscapeDataString("ASK { ?s <https://w3id.org/newskg/ont#stance> ?o }"));
        Assert.Contains("true", ask);
    }

    [SkippableFact]
    public async Task Seed_graphs_read_through_the_graph_store_are_the_same_on_both()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        foreach (var target in new[] { "default", "graph=" + Uri.EscapeDataString("https://w3id.org/newskg/id/graph/entities") })
        {
            var embedded = Parse(await fixture.Embedded!.Client.GetStringAsync("/store?" + target), RdfFormat.Turtle);
            var remote = Parse(await fixture.Remote!.Client.GetStringAsync("/store?" + target), RdfFormat.Turtle);
            Assert.NotEmpty(embedded);
            Assert.True(GraphIsomorphism.AreIsomorphic(embedded, remote), target + ": " + GraphIsomorphism.Explain(embedded, remote));
        }
    }

    [SkippableFact]
    public async Task Without_union_default_graph_Virtuoso_reads_the_default_graph_alone_like_the_embedded_store()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        await using var embedded = await Servers.StartEmbeddedAsync(unionDefaultGraph: false);
        await using var remote = await Servers.StartRemoteAsync(fixture.Virtuoso!, unionDefaultGraph: false);
        var graphs = new List<IReadOnlyList<Quad>>();
        foreach (var server in new[] { embedded, remote })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/sparql?query=" + Uri.EscapeDataString("CONSTRUCT WHERE { ?s ?p ?o }"));
            request.Headers.Accept.ParseAdd("application/n-triples");
            using var response = await server.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            graphs.Add(Parse(await response.Content.ReadAsStringAsync(), RdfFormat.NTriples));
        }

        // The seed's default graph: the provenance of each extraction graph, a few dozen triples, not the whole union.
        Assert.InRange(graphs[0].Count, 1, 200);
        Assert.True(GraphIsomorphism.AreIsomorphic(graphs[0], graphs[1]), GraphIsomorphism.Explain(graphs[0], graphs[1]));
        var named = await remote.Client.GetStringAsync("/sparql?query=" + Uri.EscapeDataString("ASK { GRAPH <https://w3id.org/newskg/id/graph/entities> { ?s ?p ?o } }"));
        Assert.Contains("true", named);
    }

    [SkippableFact]
    public async Task Dumps_and_the_whole_store_read_the_same_quads_from_both()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        foreach (var (path, accept) in new[] { ("/dump.nq.gz", (string?)null), ("/store", "application/n-quads") })
        {
            var dumps = new List<IReadOnlyList<Quad>>();
            foreach (var server in new[] { fixture.Embedded!, fixture.Remote! })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                if (accept is not null)
                {
                    request.Headers.Accept.ParseAdd(accept);
                }

                using var response = await server.Client.SendAsync(request);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var bytes = await response.Content.ReadAsByteArrayAsync();
                var text = path.EndsWith(".gz", StringComparison.Ordinal)
                    ? new StreamReader(new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress)).ReadToEnd()
                    : Encoding.UTF8.GetString(bytes);
                // Other tests of this class write to urn:test: graphs of the shared Virtuoso.
                dumps.Add([.. Parse(text, RdfFormat.NQuads)
                    .Where(q => !(q.Graph is Iri g && g.Value.StartsWith("urn:test:", StringComparison.Ordinal)))
                    .Select(q => new Quad(Unskolem(q.Subject), q.Predicate, Unskolem(q.Obj), q.Graph))]);
            }

            Assert.Contains(dumps[0], q => q.InDefaultGraph);
            Assert.True(dumps[0].Count > 500, $"{path}: {dumps[0].Count} quads");
            Assert.True(GraphIsomorphism.AreIsomorphic(dumps[0], dumps[1]), path + ": " + GraphIsomorphism.Explain(dumps[0], dumps[1]));
        }
    }

    [SkippableFact]
    public async Task Linked_data_descriptions_and_pages_are_the_same_from_both()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        foreach (var path in new[] { "/id/actor/taliban", "/id/event/kabul-rocket-attack-2021-07-20", "/id/place/kabul" })
        {
            var descriptions = new List<IReadOnlyList<Quad>>();
            foreach (var server in new[] { fixture.Embedded!, fixture.Remote! })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Accept.ParseAdd("application/n-triples");
                using var response = await server.Client.SendAsync(request);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                descriptions.Add([.. Parse(await response.Content.ReadAsStringAsync(), RdfFormat.NTriples)
                    .Select(q => new Quad(Unskolem(q.Subject), q.Predicate, Unskolem(q.Obj), q.Graph))]);
            }

            Assert.NotEmpty(descriptions[0]);
            Assert.True(GraphIsomorphism.AreIsomorphic(descriptions[0], descriptions[1]), path + ": " + GraphIsomorphism.Explain(descriptions[0], descriptions[1]));
        }

        using var page = new HttpRequestMessage(HttpMethod.Get, "/id/actor/taliban");
        page.Headers.Accept.ParseAdd("text/html");
        using var html = await fixture.Remote!.Client.SendAsync(page);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Contains("Taliban", await html.Content.ReadAsStringAsync());
        using var missing = await fixture.Remote!.Client.GetAsync("/id/actor/no-such-actor");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static Term Unskolem(Term term) =>
        term is Iri iri && iri.Value.StartsWith("urn:x-kg:genid:", StringComparison.Ordinal) ? new BlankNode("sk" + iri.Value.GetHashCode(StringComparison.Ordinal).ToString("x", System.Globalization.CultureInfo.InvariantCulture)) : term;

    private static IReadOnlyList<Quad> Parse(string text, RdfFormat format)
    {
        using var reader = RdfReaders.Create(format, new StringReader(text), new RdfReaderOptions { BaseIri = "urn:base:" });
        return reader.ReadQuads().ToList();
    }
}
