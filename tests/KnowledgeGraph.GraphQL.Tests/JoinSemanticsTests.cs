using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>
/// The conjunctive where filters compile to joins (GraphQLToSparqlCompiler.Match.cs); these pin the answers the
/// EXISTS form gave on the cases a careless join would change: multi-valued properties (each operator is "some value
/// passes"), a node reached through several related nodes (one edge, counted once), an OR over one field.
/// </summary>
public sealed class JoinSemanticsTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    private const string Kg = "https://w3id.org/newskg/ont#";
    private const string Id = "https://example.org/joins/";
    private const string Date = "http://www.w3.org/2001/XMLSchema#date";
    private const string Type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private const string Label = "http://www.w3.org/2000/01/rdf-schema#label";

    private static InMemoryQuadSource Graph()
    {
        var source = new InMemoryQuadSource();
        void Add(string s, string p, Term o) => source.Add(new Quad(new Iri(Id + s), new Iri(p), o));
        foreach (var e in new[] { "a", "b", "c" })
        {
            Add("event/" + e, Type, new Iri(Kg + "Event"));
        }

        // a: two dates (one before, one after June 2021), two labels, two places in the country, two denials.
        Add("event/a", Kg + "startDate", new Literal("2021-01-05", new Iri(Date)));
        Add("event/a", Kg + "startDate", new Literal("2021-12-20", new Iri(Date)));
        Add("event/a", Label, new Literal("Alpha ceasefire", "en"));
        Add("event/a", Label, new Literal("Alpha truce", "en"));
        Add("event/b", Kg + "startDate", new Literal("2021-06-10", new Iri(Date)));
        Add("event/b", Label, new Literal("Bravo", "en"));
        Add("event/c", Kg + "startDate", new Literal("2020-03-01", new Iri(Date)));
        Add("event/c", Label, new Literal("Charlie truce", "en"));
        foreach (var (e, p, within) in new[] { ("a", "p1", "country"), ("a", "p2", "country"), ("b", "p3", "other") })
        {
            Add("event/" + e, Kg + "place", new Iri(Id + "place/" + p));
            Add("place/" + p, Type, new Iri(Kg + "Place"));
            Add("place/" + p, Kg + "within", new Iri(Id + "place/" + within));
        }

        foreach (var (claim, e, stance) in new[] { ("c1", "a", "denies"), ("c2", "a", "denies"), ("c3", "b", "asserts") })
        {
            Add("claim/" + claim, Type, new Iri(Kg + "Claim"));
            Add("claim/" + claim, Kg + "claimSubject", new Iri(Id + "event/" + e));
            Add("claim/" + claim, Kg + "stance", new Iri("https://w3id.org/newskg/vocab/" + stance));
        }

        return source;
    }

    private async Task<(List<string> Ids, int Total, bool HasNext)> Events(string arguments)
    {
        using var service = new KgGraphQLService(seed.Ontology, new EngineSparqlRunner(Graph(), TimeSpan.FromSeconds(30)));
        var response = await service.ExecuteAsync($"{{ events({arguments}) {{ totalCount pageInfo {{ hasNextPage }} edges {{ node {{ id }} }} }} }}");
        Assert.False(response.HasErrors, response.Json);
        var events = JsonDocument.Parse(response.Json).RootElement.GetProperty("data").GetProperty("events");
        var ids = events.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!["https://example.org/joins/event/".Length..]).ToList();
        return (ids, events.GetProperty("totalCount").GetInt32(), events.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Each_comparison_on_a_multi_valued_field_is_some_value_passes()
    {
        // a has a value >= June 1 (Dec 20) and a value <= June 30 (Jan 5): it matches, as with one EXISTS per operator.
        var (ids, total, hasNext) = await Events("""first: 10, orderBy: [{ field: START_DATE }], where: { startDate: { gte: "2021-06-01", lte: "2021-06-30" } }""");
        Assert.Equal(["a", "b"], ids);
        Assert.Equal(2, total);
        Assert.False(hasNext);
    }

    [Fact]
    public async Task A_node_reached_through_several_related_nodes_is_one_edge()
    {
        var within = $$"""first: 10, where: { place: { some: { within: { some: { id: { eq: "{{Id}}place/country" } } } } } }""";
        Assert.Equal(("a", 1, false), ToTuple(await Events(within)));
        var denied = "first: 10, where: { claims: { some: { stance: { eq: DENIES } } } }";
        Assert.Equal(("a", 1, false), ToTuple(await Events(denied)));
        var firstOfOne = "first: 1, where: { claims: { some: { stance: { isNull: false } } } }";
        Assert.Equal(("a", 2, true), ToTuple(await Events(firstOfOne)));
    }

    [Fact]
    public async Task An_or_over_one_field_matches_each_node_once()
    {
        var (ids, total, _) = await Events("""first: 10, where: { OR: [{ label: { contains: "ceasefire" } }, { label: { contains: "truce" } }] }""");
        Assert.Equal(["a", "c"], ids);
        Assert.Equal(2, total);
    }

    private static (string Ids, int Total, bool HasNext) ToTuple((List<string> Ids, int Total, bool HasNext) r) => (string.Join(",", r.Ids), r.Total, r.HasNext);
}
