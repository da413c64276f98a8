using System.Text.Json;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Server.LinkedData;

namespace KnowledgeGraph.Server.Tests.LinkedData;

/// <summary>
/// The framed JSON-LD form of an entity (the profile <c>http://www.w3.org/ns/json-ld#framed</c>): one tree with the
/// claims about the entity nested, holding nothing the plain description does not hold.
/// </summary>
public sealed class FramedJsonLdTests(SeededServer server) : IClassFixture<SeededServer>
{
    private const string FramedAccept = "application/ld+json; profile=\"" + JsonLdProfile.Framed + "\"";

    [Theory]
    [InlineData("/id/event/kabul-rocket-attack-2021-07-20", FramedAccept)]
    [InlineData("/id/event/kabul-rocket-attack-2021-07-20.jsonld?profile=framed", null)]
    public async Task Framed_entity_nests_its_claims_and_holds_only_described_triples(string path, string? accept)
    {
        using var response = await server.GetAsync(path, accept);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(response.Content.Headers.ContentType.Parameters, p => p.Name == "profile" && p.Value!.Trim('"') == JsonLdProfile.Framed);
        var text = await response.Content.ReadAsStringAsync();

        using (var json = JsonDocument.Parse(text))
        {
            var root = json.RootElement;
            Assert.False(root.TryGetProperty("@graph", out _));
            Assert.EndsWith("kabul-rocket-attack-2021-07-20", root.GetProperty("@id").GetString(), StringComparison.Ordinal);
            var claims = root.GetProperty("claimsAbout").EnumerateArray().Select(c => c.GetProperty("@id").GetString()!).ToList();
            Assert.Contains(claims, c => c.EndsWith("claim/taliban-denial", StringComparison.Ordinal));
            Assert.Contains(claims, c => c.EndsWith("claim/isis-responsibility", StringComparison.Ordinal));
        }

        // Read back, the framed tree is part of the entity's plain description: framing selects and nests, never invents.
        using var plain = await server.GetAsync("/id/event/kabul-rocket-attack-2021-07-20", "application/n-triples");
        var described = Rdf.AsTriples(Rdf.Parse(await plain.Content.ReadAsStringAsync(), "application/n-triples")).Where(q => q.Subject is Iri && q.Obj is not BlankNode).ToHashSet();
        var framed = Rdf.AsTriples(Rdf.Parse(text, "application/ld+json")).Where(q => q.Subject is Iri && q.Obj is not BlankNode).ToList();
        Assert.NotEmpty(framed);
        Assert.All(framed, q => Assert.Contains(q, described));
        Assert.Contains(new Quad(SeedData.Id("claim/taliban-denial"), SeedData.Term("claimSubject"), SeedData.Id("event/kabul-rocket-attack-2021-07-20")), framed);
    }

    [Fact]
    public async Task Plain_json_ld_stays_compacted_and_the_etags_differ()
    {
        using var plain = await server.GetAsync("/id/actor/taliban", "application/ld+json");
        using var framed = await server.GetAsync("/id/actor/taliban", FramedAccept);
        Assert.DoesNotContain(plain.Content.Headers.ContentType!.Parameters, p => p.Name == "profile");
        Assert.NotEqual(plain.Headers.ETag, framed.Headers.ETag);
        Assert.DoesNotContain("claimsNaming", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("claimsNaming", await framed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
