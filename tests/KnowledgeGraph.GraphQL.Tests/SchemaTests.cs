using Snapshooter.Xunit;

namespace KnowledgeGraph.GraphQL.Tests;

public sealed class SchemaTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    [Fact]
    public void Sdl_matches_snapshot() => Snapshot.Match(seed.Service.Sdl);

    [Fact]
    public void Superclasses_are_interfaces_and_closed_lists_are_enums()
    {
        var sdl = seed.Service.Sdl;
        Assert.Contains("interface Actor implements Entity", sdl);
        Assert.Contains("type Person implements Entity & Actor {", sdl);
        Assert.Matches("type ArmedGroup implements Entity & (Organization & Actor|Actor & Organization) {", sdl);
        Assert.Contains("type OtherActor implements Entity & Actor {", sdl);
        Assert.Contains("enum Stance {", sdl);
        Assert.Contains("DENIES", sdl);
        Assert.Contains("LIKELY_TRUE", sdl);
    }

    [Fact]
    public void Inverse_fields_come_from_the_ontology_annotation()
    {
        var claims = seed.Service.Model.Types["Event"].Fields["claims"];
        Assert.True(claims.Inverse);
        Assert.Equal("https://w3id.org/newskg/ont#claimSubject", claims.PropertyIri);
        Assert.Equal("Claim", claims.TargetTypeName);
        Assert.True(seed.Service.Model.Types["Place"].Fields.ContainsKey("eventsHere"));
        Assert.True(seed.Service.Model.Types["Actor"].Fields.ContainsKey("claimsMade"));
    }
}
