using System.Net;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.Tests.LinkedData;

/// <summary>
/// The HTML pages over real HTTP, checked against the seed files: facts linked, claims with claimant, hedge, outlet
/// and date, contradictions side by side, one timeline mark per dated event, one map mark per place with coordinates,
/// the SPARQL and GraphQL links, the index and the search.
/// </summary>
public sealed class EntityPageTests(SeededServer server) : IClassFixture<SeededServer>
{
    private static readonly SeedData Seed = SeedData.Instance;

    [Theory]
    [InlineData("actor/taliban")]
    [InlineData("actor/islamic-state")]
    [InlineData("actor/afghan-army")]
    public async Task Actor_page_has_one_timeline_mark_per_dated_event(string local)
    {
        var actor = SeedData.Id(local);
        var html = await PageAsync("/id/" + local);
        var events = Seed.Quads.Where(q => q.Obj.Equals(actor) && Seed.HasType(q.Subject, SeedData.Kg + "Event")).Select(q => q.Subject)
            .Concat(Seed.Subjects(SeedData.Kg + "claimObject", actor).SelectMany(c => Seed.Objects(c, SeedData.Kg + "claimSubject")).Where(e => Seed.HasType(e, SeedData.Kg + "Event")))
            .Distinct()
            .ToList();
        Assert.NotEmpty(events);
        var svg = PageMarkup.Svg(html, "timeline");
        var dated = events.Where(Seed.IsDated).Select(e => ((Iri)e).Value).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(dated, PageMarkup.DataIris(svg, "timeline-event").Order(StringComparer.Ordinal));
        Assert.Equal(dated.Count, PageMarkup.Count(svg, "class=\"timeline-mark\""));
        foreach (var undated in events.Where(e => !Seed.IsDated(e)))
        {
            Assert.Contains("href=\"/id/" + ((Iri)undated).Value[SeedData.Base.Length..] + "\"", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("actor/taliban")]
    [InlineData("actor/south-front")]
    public async Task Actor_page_lists_the_claims_the_actor_made(string local)
    {
        var actor = SeedData.Id(local);
        var html = await PageAsync("/id/" + local);
        var section = Regex.Match(html, "<ul class=\"plain claims-made\">(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value;
        var listed = Regex.Matches(section, "<li data-claim=\"([^\"]+)\">").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Order(StringComparer.Ordinal).ToList();
        var made = Seed.Subjects(SeedData.Kg + "claimant", actor).OfType<Iri>().Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(made);
        Assert.Equal(made, listed);
    }

    [Theory]
    [InlineData("place/afghanistan")]
    [InlineData("place/kabul")]
    [InlineData("place/qatar")]
    [InlineData("place/kabul-province")]
    public async Task Place_page_maps_every_place_within_it_that_has_coordinates_and_times_its_events(string local)
    {
        var place = SeedData.Id(local);
        var html = await PageAsync("/id/" + local);
        var within = Seed.WithinClosure(place);
        var located = within.Where(p => Seed.Objects(p, SeedData.Kg + "latitude").Any()).Select(p => ((Iri)p).Value).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(located);
        var map = PageMarkup.Svg(html, "map");
        Assert.Equal(located, PageMarkup.DataIris(map, "map-place").Order(StringComparer.Ordinal));
        Assert.Equal(located.Count, Regex.Matches(map, "class=\"map-mark( subject)?\"").Count);
        Assert.Equal(within.Contains(place) && located.Contains(place.Value) ? 1 : 0, PageMarkup.Count(map, "class=\"map-mark subject\""));

        var events = Seed.Quads.Where(q => q.Predicate.Value == SeedData.Kg + "place" && within.Contains(q.Obj)).Select(q => q.Subject).Distinct().ToList();
        var dated = events.Where(Seed.IsDated).Select(e => ((Iri)e).Value).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(dated, PageMarkup.DataIris(PageMarkup.Svg(html, "timeline"), "timeline-event").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Map_projection_keeps_east_right_and_north_up()
    {
        // Kabul (69.2 E, 34.5 N) is east and north of Doha (51.5 E, 25.3 N); a test place within both countries' parent is not
        // in the seed, so compare the two one-point maps' subject marks against the graticule labels instead.
        var html = await PageAsync("/id/place/kabul");
        var svg = PageMarkup.Svg(html, "map");
        var mark = Regex.Match(svg, "class=\"map-mark subject\" cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"");
        Assert.True(mark.Success);
        var labels = Regex.Matches(svg, "<text x=\"([0-9.]+)\" y=\"[0-9.]+\" font-size=\"10\" fill=\"#6c7680\" text-anchor=\"middle\">([0-9.]+)°</text>")
            .Select(m => (X: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Lon: double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(l => l.Lon)
            .ToList();
        Assert.True(labels.Count >= 2);
        Assert.True(labels.Zip(labels.Skip(1)).All(p => p.First.X < p.Second.X), "longitude grows to the right");
        var cx = double.Parse(mark.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var west = labels.Last(l => l.Lon <= 69.17233);
        var east = labels.First(l => l.Lon > 69.17233);
        Assert.InRange(cx, west.X, east.X);
    }

    [Fact]
    public async Task Contradicting_claims_stand_side_by_side_with_claimant_hedge_outlet_and_date()
    {
        var garmsir = SeedData.Id("event/garmsir-recapture-2021-07-20");
        var html = await PageAsync("/id/event/garmsir-recapture-2021-07-20");
        var block = Regex.Match(html, "<div class=\"contradiction\">(.*?)</div></div></section>", RegexOptions.Singleline);
        Assert.True(block.Success, "a contradiction block");
        var sides = block.Groups[1].Value.Split("<div class=\"side denies\">");
        Assert.Equal(2, sides.Length);
        var claims = Seed.Subjects(SeedData.Kg + "claimSubject", garmsir).ToList();
        foreach (var claim in claims)
        {
            var stance = ((Iri)Seed.Objects(claim, SeedData.Kg + "stance").Single()).Value;
            var side = stance.EndsWith("denies", StringComparison.Ordinal) ? sides[1] : sides[0];
            var card = Regex.Match(side, $"<div class=\"claim [a-z]+\" data-claim=\"{Regex.Escape(((Iri)claim).Value)}\">(.*?)</div></div>", RegexOptions.Singleline);
            Assert.True(card.Success, $"{claim} on the {(side == sides[1] ? "denying" : "asserting")} side");
            var text = WebUtility.HtmlDecode(card.Groups[1].Value);
            Assert.Contains(Label(Seed.Objects(claim, SeedData.Kg + "claimant").Single()), text);
            Assert.Contains(Local(Seed.Objects(claim, SeedData.Kg + "hedge").Single()), text);
            foreach (var source in Seed.Objects(claim, SeedData.Kg + "source"))
            {
                Assert.Contains(Label(Seed.Objects(source, "http://schema.org/publisher").Single()), text);
                Assert.Contains(((Literal)Seed.Objects(source, "http://schema.org/datePublished").Single()).LexicalForm, text);
            }
        }
    }

    [Fact]
    public async Task Facts_link_every_value_and_the_page_links_to_sparql_graphql_and_the_other_formats()
    {
        var e = SeedData.Id("event/uh60-handover-2021-07");
        var html = await PageAsync("/id/event/uh60-handover-2021-07");
        var hrefs = PageMarkup.Hrefs(html);
        foreach (var value in Seed.Objects(e, SeedData.Kg + "agent").Concat(Seed.Objects(e, SeedData.Kg + "place")).Concat(Seed.Objects(e, SeedData.Kg + "hasQuantity")).OfType<Iri>())
        {
            Assert.Contains("/id/" + value.Value[SeedData.Base.Length..], hrefs);
        }

        Assert.Contains(WebUtility.HtmlEncode(Label(e)), html);
        foreach (var ext in new[] { ".ttl", ".jsonld", ".nt", ".rdf", ".trig" })
        {
            Assert.Contains("/id/event/uh60-handover-2021-07" + ext, hrefs);
        }

        // The SPARQL view opens the editor with the query in the fragment; the same query, run, returns the entity's triples.
        var sparql = hrefs.Single(h => h.StartsWith("/sparql#query=", StringComparison.Ordinal));
        using var sparqlResponse = await server.GetAsync("/sparql?query=" + sparql["/sparql#query=".Length..], "text/turtle");
        Assert.Equal(200, (int)sparqlResponse.StatusCode);
        var triples = Rdf.Parse(await sparqlResponse.Content.ReadAsStringAsync(), "text/turtle");
        Assert.All(Seed.Quads.Where(q => q.Subject.Equals(e)).Select(q => new Quad(q.Subject, q.Predicate, q.Obj)), t => Assert.Contains(t, triples));

        // The GraphQL view opens GraphiQL with the query in the fragment; the same query, run, answers with the label.
        var graphql = hrefs.Single(h => h.StartsWith("/graphql#query=", StringComparison.Ordinal));
        using var graphqlResponse = await server.GetAsync("/graphql?query=" + graphql["/graphql#query=".Length..], "application/graphql-response+json");
        Assert.Equal(200, (int)graphqlResponse.StatusCode);
        Assert.Contains(Label(e), await graphqlResponse.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Search_ranks_labels_and_aliases_and_links_to_pages()
    {
        var html = await PageAsync("/search?q=Kabul");
        var hits = Regex.Matches(html, "<a href=\"([^\"]+)\" class=\"hit\">").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        var named = Seed.Quads.Where(q => q.Subject is Iri s && s.Value.StartsWith(SeedData.Base, StringComparison.Ordinal)
                && q.Predicate.Value is SeedData.Label or "http://schema.org/alternateName"
                && q.Obj is Literal l && l.LexicalForm.Contains("kabul", StringComparison.OrdinalIgnoreCase))
            .Select(q => "/id/" + ((Iri)q.Subject).Value[SeedData.Base.Length..])
            .ToHashSet();
        Assert.Equal(named, hits.ToHashSet());
        Assert.Equal("/id/place/kabul", hits[0]); // the exact label first

        var alias = await PageAsync("/search?q=daesh");
        Assert.Contains("href=\"/id/actor/islamic-state\" class=\"hit\"", alias);

        var none = await PageAsync("/search?q=" + Uri.EscapeDataString("\"}) nothing like this"));
        Assert.Contains("0 entities match", none);
    }

    [Fact]
    public async Task Index_lists_every_typed_entity_under_the_base()
    {
        var html = await PageAsync("/id/");
        var hrefs = PageMarkup.Hrefs(html).ToHashSet();
        var typed = Seed.Quads.Where(q => q.Predicate.Value == SeedData.RdfType && q.Subject is Iri s && s.Value.StartsWith(SeedData.Base, StringComparison.Ordinal))
            .Select(q => "/id/" + ((Iri)q.Subject).Value[SeedData.Base.Length..])
            .Distinct()
            .ToList();
        Assert.NotEmpty(typed);
        Assert.All(typed, h => Assert.Contains(h, hrefs));
    }

    private async Task<string> PageAsync(string path)
    {
        using var response = await server.GetAsync(path, "text/html");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Label(Term t) => ((Literal)Seed.Objects(t, SeedData.Label).First()).LexicalForm;

    private static string Local(Term t) => ((Iri)t).Value[(((Iri)t).Value.LastIndexOf('/') + 1)..];
}
