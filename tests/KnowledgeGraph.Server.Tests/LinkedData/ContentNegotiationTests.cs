using System.Text.Json;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.Tests.LinkedData;

/// <summary>
/// Dereferencing instance IRIs over real HTTP: every RDF type parses with our readers and holds the entity's bounded
/// description, the claims about it with their sources, and the labels of what it links to, as the seed files say.
/// </summary>
public sealed class ContentNegotiationTests(SeededServer server) : IClassFixture<SeededServer>
{
    private static readonly SeedData Seed = SeedData.Instance;

    public static TheoryData<string, string> TypesAndEntities()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in new[] { "text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml", "application/trig" })
        {
            foreach (var entity in new[] { "actor/taliban", "event/garmsir-recapture-2021-07-20", "claim/taliban-defections", "place/kabul" })
            {
                data.Add(type, entity);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TypesAndEntities))]
    public async Task Each_type_parses_and_holds_the_description_the_claims_and_their_sources(string mediaType, string local)
    {
        var entity = SeedData.Id(local);
        using var response = await server.GetAsync("/id/" + local, mediaType);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        var triples = Rdf.AsTriples(Rdf.Parse(await response.Content.ReadAsStringAsync(), mediaType)).Distinct().ToList();

        // The bounded description, blank nodes included, is in the answer exactly (up to blank node names).
        var expected = Seed.BoundedDescription(entity);
        Assert.NotEmpty(expected);
        Rdf.AssertIsomorphic(expected, BoundedDescription(triples, entity));

        // The claims about it, whole, with their sources' outlet and date.
        var claims = Seed.ClaimsAbout(entity);
        foreach (var claim in claims)
        {
            Assert.All(Seed.BoundedDescription(claim).Where(q => q.Obj is not BlankNode), q => Assert.Contains(q, triples));
            foreach (var source in Seed.Objects(claim, SeedData.Kg + "source"))
            {
                foreach (var p in new[] { "http://schema.org/publisher", "http://schema.org/datePublished" })
                {
                    Assert.All(Seed.Objects(source, p), o => Assert.Contains(new Quad(source, new Iri(p), o), triples));
                }
            }
        }

        // Labels of what it links to.
        foreach (var linked in expected.Select(q => q.Obj).OfType<Iri>().Where(i => i.Value.StartsWith(SeedData.Base, StringComparison.Ordinal)))
        {
            Assert.All(Seed.Objects(linked, SeedData.Label), l => Assert.Contains(new Quad(linked, new Iri(SeedData.Label), l), triples));
        }
    }

    [Fact]
    public async Task Claims_about_an_event_include_the_contradicting_reports()
    {
        var garmsir = SeedData.Id("event/garmsir-recapture-2021-07-20");
        var triples = await TriplesAsync("/id/event/garmsir-recapture-2021-07-20", "text/turtle");
        var claimsInAnswer = triples.Where(q => q.Predicate.Value == SeedData.Kg + "claimSubject" && q.Obj.Equals(garmsir)).Select(q => q.Subject).ToHashSet();
        Assert.Equal(Seed.Subjects(SeedData.Kg + "claimSubject", garmsir).ToHashSet(), claimsInAnswer);
        var stances = claimsInAnswer.SelectMany(c => triples.Where(q => q.Subject.Equals(c) && q.Predicate.Value == SeedData.Kg + "stance").Select(q => q.Obj)).ToHashSet();
        Assert.Contains(new Iri("https://w3id.org/newskg/vocab/denies"), stances);
        Assert.Contains(new Iri("https://w3id.org/newskg/vocab/asserts"), stances);
    }

    [Fact]
    public async Task TriG_keeps_every_statement_in_its_provenance_graph_and_adds_the_graphs_provenance()
    {
        var entity = SeedData.Id("event/kabul-rocket-attack-2021-07-20");
        using var response = await server.GetAsync("/id/event/kabul-rocket-attack-2021-07-20", "application/trig");
        var quads = Rdf.Parse(await response.Content.ReadAsStringAsync(), "application/trig");
        var seedQuads = Seed.Quads.Where(q => q.Subject.Equals(entity)).ToList();
        Assert.NotEmpty(seedQuads);
        Assert.All(seedQuads, q => Assert.Contains(q, quads));
        foreach (var claim in Seed.ClaimsAbout(entity))
        {
            Assert.All(Seed.Quads.Where(q => q.Subject.Equals(claim) && q.Obj is not BlankNode), q => Assert.Contains(q, quads));
        }

        var graphs = quads.Select(q => q.Graph).OfType<Iri>().Distinct().ToList();
        Assert.True(graphs.Count >= 2, "the description spans the entities graph and the article graphs");
        foreach (var graph in graphs)
        {
            var provenance = Seed.Quads.Where(q => q.Subject.Equals(graph) && q.InDefaultGraph).ToList();
            Assert.NotEmpty(provenance);
            Assert.All(provenance, q => Assert.Contains(q, quads));
        }
    }

    [Fact]
    public async Task JsonLd_is_compacted_with_the_ontology_context()
    {
        using var response = await server.GetAsync("/id/actor/taliban", "application/ld+json");
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        var context = json.RootElement.GetProperty("@context");
        var ontologyContext = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(SeedData.RepoRoot(), "ontology", "context.jsonld")));
        Assert.Equal(ontologyContext.RootElement.GetProperty("@context").GetProperty("kg").GetString(), context.GetProperty("kg").GetString());
        // Short names from the context, not full property IRIs.
        Assert.Contains("\"claimant\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"https://w3id.org/newskg/ont#claimant\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".ttl", "text/turtle")]
    [InlineData(".jsonld", "application/ld+json")]
    [InlineData(".nt", "application/n-triples")]
    [InlineData(".rdf", "application/rdf+xml")]
    [InlineData(".trig", "application/trig")]
    public async Task Extension_urls_give_the_same_graph_as_negotiation(string extension, string mediaType)
    {
        using var byExtension = await server.GetAsync("/id/actor/islamic-state" + extension, "text/html");
        Assert.Equal(200, (int)byExtension.StatusCode);
        Assert.Equal(mediaType, byExtension.Content.Headers.ContentType!.MediaType);
        using var negotiated = await server.GetAsync("/id/actor/islamic-state", mediaType);
        Assert.Equal("/id/actor/islamic-state" + extension, negotiated.Content.Headers.ContentLocation?.OriginalString);
        Rdf.AssertIsomorphic(
            Rdf.Parse(await negotiated.Content.ReadAsStringAsync(), mediaType),
            Rdf.Parse(await byExtension.Content.ReadAsStringAsync(), mediaType));
    }

    [Theory]
    [InlineData(null, "text/turtle")]
    [InlineData("*/*", "text/turtle")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "text/html")]
    [InlineData("application/rdf+xml;q=0.5, application/n-triples", "application/n-triples")]
    [InlineData("text/*", "text/turtle")]
    [InlineData("application/x-turtle", "text/turtle")]
    [InlineData("text/turtle;q=0.2, text/html;q=0.1", "text/turtle")]
    public async Task Accept_headers_pick_the_representation(string? accept, string expected)
    {
        using var response = await server.GetAsync("/id/place/kabul", accept);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Unsupported_types_get_406_and_unknown_iris_404()
    {
        using var notAcceptable = await server.GetAsync("/id/actor/taliban", "image/png");
        Assert.Equal(406, (int)notAcceptable.StatusCode);
        Assert.Contains("Accept", notAcceptable.Headers.Vary);
        Assert.Contains("text/turtle", await notAcceptable.Content.ReadAsStringAsync());

        using var missing = await server.GetAsync("/id/actor/nobody-at-all", "text/turtle");
        Assert.Equal(404, (int)missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);

        using var missingPage = await server.GetAsync("/id/actor/nobody-at-all", "text/html,*/*;q=0.8");
        Assert.Equal(404, (int)missingPage.StatusCode);
        Assert.Equal("text/html", missingPage.Content.Headers.ContentType!.MediaType);
        Assert.Contains("https://w3id.org/newskg/id/actor/nobody-at-all", await missingPage.Content.ReadAsStringAsync());

        using var missingByExtension = await server.GetAsync("/id/actor/nobody-at-all.ttl");
        Assert.Equal(404, (int)missingByExtension.StatusCode);
    }

    [Fact]
    public async Task ETag_answers_304_and_differs_per_representation()
    {
        using var first = await server.GetAsync("/id/actor/taliban", "text/turtle");
        var etag = first.Headers.ETag!.Tag;
        using var again = await server.GetAsync("/id/actor/taliban", "text/turtle", ifNoneMatch: etag);
        Assert.Equal(304, (int)again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());

        using var other = await server.GetAsync("/id/actor/taliban", "application/n-triples", ifNoneMatch: etag);
        Assert.Equal(200, (int)other.StatusCode);
        Assert.NotEqual(etag, other.Headers.ETag!.Tag);

        using var otherEntity = await server.GetAsync("/id/actor/islamic-state", "text/turtle", ifNoneMatch: etag);
        Assert.Equal(200, (int)otherEntity.StatusCode);
    }

    [Fact]
    public async Task Link_headers_name_every_other_representation_and_the_sparql_endpoint()
    {
        using var response = await server.GetAsync("/id/place/doha", "text/turtle");
        var links = string.Join(", ", response.Headers.GetValues("Link"));
        Assert.Contains("</sparql>; rel=\"http://rdfs.org/ns/void#sparqlEndpoint\"", links);
        var alternates = System.Text.RegularExpressions.Regex.Matches(links, "<([^>]+)>; rel=\"alternate\"; type=\"([^\"]+)\"");
        Assert.Contains(alternates, m => m.Groups[2].Value == "text/html");
        Assert.DoesNotContain(alternates, m => m.Groups[2].Value == "text/turtle");
        foreach (System.Text.RegularExpressions.Match link in alternates)
        {
            using var alternate = await server.GetAsync(link.Groups[1].Value);
            Assert.Equal(200, (int)alternate.StatusCode);
            Assert.Equal(link.Groups[2].Value, alternate.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task Head_gives_the_headers_without_a_body()
    {
        using var get = await server.GetAsync("/id/actor/taliban", "application/n-triples");
        using var head = await server.GetAsync("/id/actor/taliban", "application/n-triples", method: HttpMethod.Head);
        Assert.Equal(200, (int)head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal((await get.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    private async Task<List<Quad>> TriplesAsync(string path, string mediaType)
    {
        using var response = await server.GetAsync(path, mediaType);
        Assert.Equal(200, (int)response.StatusCode);
        return [.. Rdf.AsTriples(Rdf.Parse(await response.Content.ReadAsStringAsync(), mediaType)).Distinct()];
    }

    /// <summary>The part of <paramref name="triples"/> that is the entity's bounded description.</summary>
    private static List<Quad> BoundedDescription(List<Quad> triples, Term entity)
    {
        var result = new List<Quad>();
        var todo = new Queue<Term>([entity]);
        var seen = new HashSet<Term>();
        while (todo.TryDequeue(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }

            foreach (var q in triples.Where(q => q.Subject.Equals(node)))
            {
                result.Add(q);
                if (q.Obj is BlankNode b)
                {
                    todo.Enqueue(b);
                }
            }
        }

        return result;
    }
}
