using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.Tests.LinkedData;

/// <summary>
/// Pages with hostile data (markup in labels, a javascript: IRI), the ETag after a write, and a configured instance
/// base and path; each test has its own server because it writes.
/// </summary>
public sealed class EscapingAndConfigurationTests
{
    private const string Hostile = """
@prefix kg: <https://w3id.org/newskg/ont#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <http://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@base <https://w3id.org/newskg/id/> .
<actor/evil> a kg:ArmedGroup ;
  rdfs:label "<script>alert(\"label\")</script>"@en ;
  schema:alternateName "\"><img src=x onerror=alert(1)>" ;
  rdfs:comment "A & B <b>bold</b>" ;
  kg:memberOf <javascript:alert(1)> .
<event/evil-deed> a kg:Event ;
  rdfs:label "<svg onload=alert(2)>deed</svg>"@en ;
  kg:agent <actor/evil> ; kg:place <place/evil-town> ;
  kg:startDate "2021-07-01"^^xsd:date .
<place/evil-land> a kg:Place ; rdfs:label "Land <i>x</i>"@en .
<place/evil-town> a kg:Place ; rdfs:label "</text><script>alert(3)</script>"@en ;
  kg:within <place/evil-land> ; kg:latitude 10.5 ; kg:longitude 20.25 .
""";

    [Fact]
    public async Task Markup_in_the_data_is_escaped_in_pages_timelines_maps_and_search()
    {
        await using var server = await RunningServer.StartAsync();
        using (var put = await server.PutAsync("graph=" + Uri.EscapeDataString("https://w3id.org/newskg/id/graph/hostile"), Hostile))
        {
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }

        foreach (var path in new[] { "/id/actor/evil", "/id/event/evil-deed", "/id/place/evil-land", "/id/place/evil-town", "/search?q=evil", "/search?q=%3Cscript%3E", "/id/" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Accept.ParseAdd("text/html");
            using var response = await server.Client.SendAsync(request);
            Assert.Equal(200, (int)response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<svg onload", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>bold", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<i>x</i>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        }

        // The RDF representations carry the same data verbatim and read back with our parsers.
        foreach (var ext in new[] { ".ttl", ".jsonld", ".nt", ".rdf", ".trig", ".nq" })
        {
            using var rdf = await server.Client.GetAsync("/id/actor/evil" + ext);
            Assert.Equal(200, (int)rdf.StatusCode);
            var quads = Rdf.Parse(await rdf.Content.ReadAsStringAsync(), rdf.Content.Headers.ContentType!.MediaType!);
            Assert.Contains(new Quad(new Iri("https://w3id.org/newskg/id/actor/evil"), new Iri("http://www.w3.org/2000/01/rdf-schema#label"), new Literal("<script>alert(\"label\")</script>", "en")), Rdf.AsTriples(quads));
            Assert.Contains(new Quad(new Iri("https://w3id.org/newskg/id/actor/evil"), new Iri(SeedData.Kg + "memberOf"), new Iri("javascript:alert(1)")), Rdf.AsTriples(quads));
        }

        using var actor = new HttpRequestMessage(HttpMethod.Get, "/id/actor/evil");
        actor.Headers.Accept.ParseAdd("text/html");
        var page = await (await server.Client.SendAsync(actor)).Content.ReadAsStringAsync();
        Assert.Contains("&lt;script&gt;alert(&quot;label&quot;)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("data-iri=\"https://w3id.org/newskg/id/event/evil-deed\"", PageMarkup.Svg(page, "timeline"), StringComparison.Ordinal);

        using var land = new HttpRequestMessage(HttpMethod.Get, "/id/place/evil-land");
        land.Headers.Accept.ParseAdd("text/html");
        var map = PageMarkup.Svg(await (await server.Client.SendAsync(land)).Content.ReadAsStringAsync(), "map");
        Assert.Equal(["https://w3id.org/newskg/id/place/evil-town"], PageMarkup.DataIris(map, "map-place"));
        Assert.Contains("&lt;/text&gt;&lt;script&gt;", map, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_changes_the_ETag()
    {
        await using var server = await RunningServer.StartAsync();
        using (await server.PutAsync("graph=" + Uri.EscapeDataString("https://w3id.org/newskg/id/graph/hostile"), Hostile))
        {
        }

        using var first = await server.Client.GetAsync("/id/actor/evil.ttl");
        var etag = first.Headers.ETag!.Tag;
        using (await server.PutAsync("graph=" + Uri.EscapeDataString("https://w3id.org/newskg/id/graph/more"), "<https://w3id.org/newskg/id/actor/evil> <http://schema.org/alternateName> \"Another name\" ."))
        {
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "/id/actor/evil.ttl");
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        using var after = await server.Client.SendAsync(request);
        Assert.Equal(200, (int)after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag!.Tag);
        Assert.Contains("Another name", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_configured_instance_base_and_path_map_onto_each_other()
    {
        await using var server = await RunningServer.StartAsync(o =>
        {
            o.InstanceBase = "http://data.example.org/kg/";
            o.InstancePath = "/resource/";
        });
        const string data = """
<http://data.example.org/kg/thing/a> <http://www.w3.org/2000/01/rdf-schema#label> "A" ; <http://example.org/p> <http://data.example.org/kg/thing/b> .
<http://data.example.org/kg/thing/b> <http://www.w3.org/2000/01/rdf-schema#label> "B" .
""";
        using (var put = await server.PutAsync("graph=" + Uri.EscapeDataString("http://data.example.org/kg/graph/1"), data))
        {
            Assert.True(put.IsSuccessStatusCode);
        }

        using var turtle = await server.Client.GetAsync("/resource/thing/a.ttl");
        Assert.Equal(200, (int)turtle.StatusCode);
        var triples = Rdf.Parse(await turtle.Content.ReadAsStringAsync(), "text/turtle");
        Assert.Contains(new Quad(new Iri("http://data.example.org/kg/thing/a"), new Iri("http://example.org/p"), new Iri("http://data.example.org/kg/thing/b")), triples);
        Assert.Contains(new Quad(new Iri("http://data.example.org/kg/thing/b"), new Iri("http://www.w3.org/2000/01/rdf-schema#label"), new Literal("B")), triples);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/resource/thing/a");
        request.Headers.Accept.ParseAdd("text/html");
        var html = await (await server.Client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("href=\"/resource/thing/b\"", html, StringComparison.Ordinal);

        using var old = await server.Client.GetAsync("/id/thing/a.ttl");
        Assert.Equal(404, (int)old.StatusCode);
    }

    [Fact]
    public async Task Non_ascii_iris_answer_at_their_percent_encoded_paths()
    {
        await using var server = await RunningServer.StartAsync();
        const string data = "<https://w3id.org/newskg/id/place/kōh-e-bābā> <http://www.w3.org/2000/01/rdf-schema#label> \"Kōh-e Bābā\"@en .\n"
            + "<https://w3id.org/newskg/id/place/escaped%C3%A9> <http://www.w3.org/2000/01/rdf-schema#label> \"Stored escaped\" .";
        using (var put = await server.PutAsync("graph=" + Uri.EscapeDataString("https://w3id.org/newskg/id/graph/unicode"), data))
        {
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }

        using var byIri = await server.Client.GetAsync("/id/place/k%C5%8Dh-e-b%C4%81b%C4%81.nt");
        Assert.Equal(200, (int)byIri.StatusCode);
        Assert.Contains(new Quad(new Iri("https://w3id.org/newskg/id/place/kōh-e-bābā"), new Iri("http://www.w3.org/2000/01/rdf-schema#label"), new Literal("Kōh-e Bābā", "en")),
            Rdf.Parse(await byIri.Content.ReadAsStringAsync(), "application/n-triples"));

        using var stored = await server.Client.GetAsync("/id/place/escaped%C3%A9.nt");
        Assert.Equal(200, (int)stored.StatusCode);
        Assert.Contains("Stored escaped", await stored.Content.ReadAsStringAsync());
    }
}
