using System.Text.Json;
using KnowledgeGraph.Domain.Graphs;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Domain.Tests;

public sealed class OntologyTests
{
    private const string Kg = "https://w3id.org/newskg/ont#";
    private const string Owl = "http://www.w3.org/2002/07/owl#";
    private const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";

    private static readonly Lazy<Graph> Ontology = new(() =>
    {
        var graph = new Graph();
        RdfFileLoader.LoadInto(graph, [RepoFiles.Ontology]);
        return graph;
    });

    private static IEnumerable<Iri> Typed(string type) =>
        Ontology.Value.Subjects(RdfVocabulary.Type, new Iri(type)).OfType<Iri>().Where(i => i.Value.StartsWith(Kg, StringComparison.Ordinal));

    private static IEnumerable<Iri> ClassesAndProperties() =>
        Typed(Owl + "Class").Concat(Typed(Owl + "ObjectProperty")).Concat(Typed(Owl + "DatatypeProperty")).Concat(Typed(RdfVocabulary.Namespace + "Property")).Distinct();

    [Fact]
    public void Every_class_and_property_has_an_English_label()
    {
        var terms = ClassesAndProperties().ToList();
        Assert.True(terms.Count > 60, $"only {terms.Count} terms found");
        Assert.All(terms, t => Assert.Contains(Ontology.Value.Objects(t, new Iri(Rdfs + "label")), l => l is Literal { Language: "en" }));
    }

    [Fact]
    public void The_issue_classes_exist_with_their_hierarchy()
    {
        var sub = new Iri(Rdfs + "subClassOf");
        foreach (var (child, parent) in new[]
        {
            ("Person", "Actor"), ("Organization", "Actor"), ("ArmedGroup", "Organization"),
            ("GovernmentBody", "Organization"), ("MediaOutlet", "Organization"),
        })
        {
            Assert.True(Ontology.Value.Contains(new Iri(Kg + child), sub, new Iri(Kg + parent)), $"{child} ⊑ {parent}");
        }

        foreach (var cls in new[] { "Place", "Event", "Quantity", "Claim", "Assessment", "SourceDocument" })
        {
            Assert.True(Ontology.Value.Contains(new Iri(Kg + cls), RdfVocabulary.Type, new Iri(Owl + "Class")), cls);
        }
    }

    [Fact]
    public void Object_properties_into_our_classes_have_unique_GraphQL_inverse_names_per_type()
    {
        var inverse = new Iri(Kg + "graphqlInverse");
        var range = new Iri(Rdfs + "range");
        var seen = new Dictionary<string, HashSet<string>>();
        foreach (var property in Typed(Owl + "ObjectProperty"))
        {
            if (Ontology.Value.Object(property, range) is not Iri target || !target.Value.StartsWith(Kg, StringComparison.Ordinal))
            {
                continue;
            }

            var name = Assert.IsType<Literal>(Ontology.Value.Object(property, inverse), exactMatch: true).LexicalForm;
            if (!seen.TryGetValue(target.Value, out var names))
            {
                seen[target.Value] = names = [];
            }

            Assert.True(names.Add(name), $"{name} used twice on {target}");
        }

        Assert.True(seen.Count >= 6);
    }

    [Fact]
    public void JSON_LD_context_names_every_class_and_property()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoFiles.Root, "ontology", "context.jsonld")));
        var context = json.RootElement.GetProperty("@context");
        Assert.Equal("https://w3id.org/newskg/ont#", context.GetProperty("kg").GetString());
        foreach (var term in ClassesAndProperties())
        {
            Assert.True(context.TryGetProperty(term.Value[Kg.Length..], out _), term.Value);
        }

        Assert.Equal("@id", context.GetProperty("claimant").GetProperty("@type").GetString());
        Assert.Equal("@vocab", context.GetProperty("stance").GetProperty("@type").GetString());
    }
}
