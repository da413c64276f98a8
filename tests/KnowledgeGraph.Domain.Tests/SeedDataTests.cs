using KnowledgeGraph.Domain.Shacl;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Domain.Tests;

public sealed class SeedDataTests
{
    private const string Kg = "https://w3id.org/newskg/ont#";

    [Fact]
    public void Seed_data_and_ontology_parse_with_our_TriG_and_Turtle_readers()
    {
        foreach (var file in RepoFiles.SeedData.Append(RepoFiles.Ontology).Append(RepoFiles.Shapes))
        {
            using var text = new StreamReader(file);
            var reader = RdfReaders.Create(RdfFormat.FromFileName(file)!, text, new RdfReaderOptions { SourceName = file });
            Assert.NotEmpty(reader.ReadQuads().ToList());
        }
    }

    [Fact]
    public void Seed_data_conforms_to_the_shapes()
    {
        var data = RepoFiles.LoadData(RepoFiles.SeedData, out var prefixes);
        var report = ShaclValidator.Validate(data, RepoFiles.LoadShapes());
        Assert.True(report.Conforms, report.ToText(prefixes));
    }

    [Fact]
    public void The_shapes_really_select_the_seed_claims_events_places_and_sources()
    {
        // Guards against a vacuous "conforms": the targets must reach the records.
        var data = RepoFiles.LoadData(RepoFiles.SeedData, out _);
        var shapes = new ShapesGraph(RepoFiles.LoadShapes());
        var context = new ClassHierarchy(data);
        // Counted by hand: 20 claims in the seed article, 3 in each illustrative one; 17 events;
        // 14 actors in the seed entities and 5 more in the illustrative articles (through the Actor subclasses).
        Assert.Equal(26, context.InstancesOf(new Iri(Kg + "Claim")).Count());
        Assert.Equal(17, context.InstancesOf(new Iri(Kg + "Event")).Count());
        Assert.Equal(19, context.InstancesOf(new Iri(Kg + "Actor")).Count());
        Assert.Contains(shapes.TargetedShapes, s => s.Targets.OfType<ClassTarget>().Any(t => t.Class.Equals(new Iri(Kg + "Claim"))));
    }

    [Fact]
    public void Every_claim_names_one_claimant_and_a_source_with_a_publisher()
    {
        var data = RepoFiles.LoadData(RepoFiles.SeedData, out _);
        var claims = data.Subjects(RdfVocabulary.Type, new Iri(Kg + "Claim"));
        foreach (var claim in claims)
        {
            Assert.Single(data.Objects(claim, new Iri(Kg + "claimant")));
            var sources = data.Objects(claim, new Iri(Kg + "source"));
            Assert.NotEmpty(sources);
            Assert.All(sources, s => Assert.Single(data.Objects(s, new Iri("http://schema.org/publisher"))));
        }
    }
}
