using KnowledgeGraph.Domain.Framing;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Formats.JsonLd;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Domain.Tests;

/// <summary>The framed entity view over the seed data: structure, content, and that it reads back to what was selected.</summary>
public sealed class EntityFrameTests
{
    private const string Id = "https://w3id.org/newskg/id/";
    private const string Kg = "https://w3id.org/newskg/ont#";

    private static readonly Lazy<List<Quad>> Seed = new(() =>
    {
        var quads = new List<Quad>();
        foreach (var file in RepoFiles.SeedData)
        {
            using var text = new StreamReader(file);
            quads.AddRange(RdfReaders.Create(RdfFormat.TriG, text).ReadQuads());
        }

        return quads;
    });

    private static List<Quad> ReadBack(string json)
    {
        using var reader = RdfReaders.Create(RdfFormat.JsonLd, new StringReader(json));
        return reader.ReadQuads().ToList();
    }

    private static IEnumerable<Quad> AsTriples(IEnumerable<Quad> quads) => quads.Select(q => new Quad(q.Subject, q.Predicate, q.Obj)).Distinct();

    [Fact]
    public void The_framed_entity_reads_back_offline_to_exactly_the_selected_triples()
    {
        foreach (var entity in new[] { "actor/taliban", "event/kabul-rocket-attack-2021-07-20", "place/kabul" })
        {
            var iri = new Iri(Id + entity);
            var json = EntityFrame.ToJsonLd(Seed.Value, iri);
            var selected = AsTriples(EntityDescription.Select(Seed.Value, iri)).ToList();
            Assert.NotEmpty(selected);
            var back = ReadBack(json);
            Assert.True(GraphIsomorphism.AreIsomorphic(selected, back), entity + ": " + GraphIsomorphism.Explain(selected, back));
        }
    }

    [Fact]
    public void The_entity_is_the_top_object_with_our_context_by_IRI()
    {
        var framed = EntityFrame.Frame(Seed.Value, new Iri(Id + "actor/taliban"));
        var context = Assert.IsType<JsonList>(framed["@context"]);
        Assert.Equal(BuiltInContexts.OntologyContextIri, context[0]);
        Assert.False(framed.ContainsKey("@graph"));
        Assert.Contains("taliban", framed.GetString("@id"), StringComparison.Ordinal);
    }

    [Fact]
    public void Claims_about_an_event_are_embedded_with_stance_hedge_source_outlet_and_date()
    {
        var framed = EntityFrame.Frame(Seed.Value, new Iri(Id + "event/kabul-rocket-attack-2021-07-20"));
        var claims = Assert.IsType<JsonList>(framed["claimsAbout"]).Cast<JsonMap>().ToList();
        var ids = claims.Select(c => c.GetString("@id")!).ToList();
        Assert.Contains(ids, i => i.EndsWith("claim/isis-responsibility", StringComparison.Ordinal));
        Assert.Contains(ids, i => i.EndsWith("claim/taliban-denial", StringComparison.Ordinal));
        Assert.Contains(ids, i => i.EndsWith("claim/rocket-attack-occurred", StringComparison.Ordinal));

        foreach (var claim in claims)
        {
            Assert.True(claim.ContainsKey("stance"), claim.GetString("@id"));
            Assert.True(claim.ContainsKey("hedge"), claim.GetString("@id"));
            // Every claim shows its source embedded (not a bare reference), with the date and the outlet's label,
            // even when several claims share the source (@embed @always).
            var source = Assert.IsType<JsonMap>(JsonList.Of(claim["source"])[0]);
            Assert.True(source.ContainsKey("datePublished"), JsonText.Canonical(source));
            var outlet = Assert.IsType<JsonMap>(source["publisher"]);
            Assert.True(outlet.ContainsKey("label"), JsonText.Canonical(outlet));
            Assert.Equal(["@id", "label", "type"], outlet.Keys.Order(StringComparer.Ordinal)); // @explicit: the label, and the type keyword
        }
    }

    [Fact]
    public void Quantities_of_an_event_come_with_their_values()
    {
        var framed = EntityFrame.Frame(Seed.Value, new Iri(Id + "event/kabul-rocket-attack-2021-07-20"));
        var quantities = JsonList.Of(framed["hasQuantity"]).Cast<JsonMap>().ToList();
        Assert.NotEmpty(quantities);
        // kg:value 3 is an xsd:integer while the context's "value" term coerces to xsd:decimal, so compaction keeps the IRI.
        Assert.Contains(quantities, q => q.ContainsKey("value") || q.ContainsKey("kg:value") || q.ContainsKey("minValue") || q.ContainsKey("kg:minValue"));
        Assert.All(quantities, q => Assert.True(q.ContainsKey("quantityKind"), JsonText.Canonical(q)));
    }

    [Fact]
    public void Claims_naming_an_actor_as_frame_object_are_under_claimsNaming()
    {
        var framed = EntityFrame.Frame(Seed.Value, new Iri(Id + "actor/taliban"));
        var naming = JsonList.Of(framed["claimsNaming"]).Cast<JsonMap>().ToList();
        var denial = Assert.Single(naming, c => c.GetString("@id")!.EndsWith("claim/taliban-denial", StringComparison.Ordinal));
        var back = ReadBack(EntityFrame.ToJsonLd(Seed.Value, new Iri(Id + "actor/taliban")));
        Assert.Contains(new Quad(new Iri(Id + "claim/taliban-denial"), new Iri(Kg + "stance"), new Iri("https://w3id.org/newskg/vocab/denies")), back);
        Assert.True(denial.ContainsKey("claimText"));
    }

    [Fact]
    public void An_unknown_entity_frames_to_nothing()
    {
        var framed = EntityFrame.Frame(Seed.Value, new Iri(Id + "actor/nobody"));
        Assert.DoesNotContain(framed.Keys, k => k != "@context");
    }
}
