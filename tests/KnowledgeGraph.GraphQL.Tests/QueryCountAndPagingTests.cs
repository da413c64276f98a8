using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>No N+1: the number of SPARQL queries depends on the document, not on the rows. Keyset paging survives inserts.</summary>
public sealed class QueryCountAndPagingTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    private const string Kg = "https://w3id.org/newskg/ont#";
    private const string Id = "https://example.org/test/";
    private static readonly Iri Type = new("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    private static readonly Iri Label = new("http://www.w3.org/2000/01/rdf-schema#label");

    private const string Nested = """
        { events(first: 100, orderBy: [{ field: START_DATE }]) { totalCount edges { node {
            id label { value } startDate
            place { id label { value } within { id label { value } } }
            claims(first: 10) { id stance hedge claimant { id label { value } } source { id datePublished } } } } } }
        """;

    private static InMemoryQuadSource Graph(int events)
    {
        var source = new InMemoryQuadSource();
        void Add(string s, string p, Term o) => source.Add(new Quad(new Iri(s), new Iri(p), o));
        Add(Id + "country", Type.Value, new Iri(Kg + "Place"));
        Add(Id + "taliban", Type.Value, new Iri(Kg + "ArmedGroup"));
        Add(Id + "taliban", Label.Value, new Literal("Taliban", "en"));
        for (var i = 0; i < events; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            Add(Id + "event/" + n, Type.Value, new Iri(Kg + "Event"));
            Add(Id + "event/" + n, Label.Value, new Literal("Event " + n, "en"));
            Add(Id + "event/" + n, Kg + "startDate", new Literal($"2021-07-{1 + i % 28:00}", new Iri("http://www.w3.org/2001/XMLSchema#date")));
            Add(Id + "event/" + n, Kg + "place", new Iri(Id + "place/" + n));
            Add(Id + "place/" + n, Type.Value, new Iri(Kg + "Place"));
            Add(Id + "place/" + n, Kg + "within", new Iri(Id + "country"));
            for (var c = 0; c < 3; c++)
            {
                var claim = Id + "claim/" + n + "-" + c.ToString(CultureInfo.InvariantCulture);
                Add(claim, Type.Value, new Iri(Kg + "Claim"));
                Add(claim, Kg + "claimSubject", new Iri(Id + "event/" + n));
                Add(claim, Kg + "claimant", new Iri(Id + "taliban"));
                Add(claim, Kg + "stance", new Iri("https://w3id.org/newskg/vocab/" + (c == 2 ? "denies" : "asserts")));
                Add(claim, Kg + "hedge", new Iri("https://w3id.org/newskg/vocab/unhedged"));
                Add(claim, Kg + "source", new Iri(Id + "doc/" + n));
            }
        }

        return source;
    }

    [Fact]
    public async Task Sparql_query_count_is_bounded_by_the_document_not_the_rows()
    {
        var counts = new List<int>();
        foreach (var size in new[] { 3, 60 })
        {
            using var service = new KgGraphQLService(seed.Ontology, new EngineSparqlRunner(Graph(size), TimeSpan.FromSeconds(30)));
            var response = await service.ExecuteAsync(Nested);
            Assert.False(response.HasErrors, response.Json);
            var edges = JsonDocument.Parse(response.Json).RootElement.GetProperty("data").GetProperty("events").GetProperty("edges");
            Assert.Equal(size, edges.GetArrayLength());
            Assert.Equal(3, edges[size - 1].GetProperty("node").GetProperty("claims").GetArrayLength());
            Assert.Equal("Taliban", edges[0].GetProperty("node").GetProperty("claims")[0].GetProperty("claimant").GetProperty("label").GetProperty("value").GetString());
            counts.Add(response.Sparql.Count);
        }

        Assert.Equal(counts[0], counts[1]);
        // The root page with the events' values; one relation query per relation field, each bringing its children's
        // values (place, within, claims, claimant, source: 5).
        Assert.Equal(6, counts[0]);
    }

    [Fact]
    public async Task Nested_lists_are_trimmed_per_parent()
    {
        using var service = new KgGraphQLService(seed.Ontology, new EngineSparqlRunner(Graph(5), TimeSpan.FromSeconds(30)));
        var response = await service.ExecuteAsync("{ events(first: 5) { edges { node { claims(first: 2) { id } } } } }");
        var edges = JsonDocument.Parse(response.Json).RootElement.GetProperty("data").GetProperty("events").GetProperty("edges");
        Assert.All(edges.EnumerateArray(), e => Assert.Equal(2, e.GetProperty("node").GetProperty("claims").GetArrayLength()));
    }

    [Fact]
    public async Task Keyset_paging_neither_skips_nor_repeats_when_rows_are_inserted_between_pages()
    {
        var source = Graph(10);
        using var service = new KgGraphQLService(seed.Ontology, new EngineSparqlRunner(source, TimeSpan.FromSeconds(30)), datasetVersion: () => source.Count);
        const string Page = "query($after: String) { events(first: 4, after: $after, orderBy: [{ field: START_DATE, direction: DESC }]) { edges { node { id } } pageInfo { hasNextPage endCursor } } }";
        var seen = new List<string>();
        string? after = null;
        var inserted = 0;
        do
        {
            var variables = after is null ? null : JsonSerializer.Serialize(new { after });
            var response = await service.ExecuteAsync(Page, variablesJson: variables);
            Assert.False(response.HasErrors, response.Json);
            var connection = JsonDocument.Parse(response.Json).RootElement.GetProperty("data").GetProperty("events");
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            after = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? connection.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;

            // Insert an event that sorts before the cursor (latest date): offsets would now repeat a row.
            var n = "new" + (inserted++).ToString(CultureInfo.InvariantCulture);
            source.Add(new Quad(new Iri(Id + "event/" + n), Type, new Iri(Kg + "Event")));
            source.Add(new Quad(new Iri(Id + "event/" + n), new Iri(Kg + "startDate"), new Literal("2021-12-31", new Iri("http://www.w3.org/2001/XMLSchema#date"))));
        }
        while (after is not null);

        var original = Enumerable.Range(0, 10).Select(i => Id + "event/" + i.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(original, seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Results_are_cached_until_the_dataset_version_changes()
    {
        var source = Graph(2);
        using var service = new KgGraphQLService(seed.Ontology, new EngineSparqlRunner(source, TimeSpan.FromSeconds(30)), datasetVersion: () => source.Count);
        var first = await service.ExecuteAsync("{ events(first: 10) { totalCount } }");
        var second = await service.ExecuteAsync("{ events(first: 10) { totalCount } }");
        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal(first.Json, second.Json);
        source.Add(new Quad(new Iri(Id + "event/x"), Type, new Iri(Kg + "Event")));
        var third = await service.ExecuteAsync("{ events(first: 10) { totalCount } }");
        Assert.False(third.FromCache);
        Assert.Contains("\"totalCount\":3", third.Json);
    }
}
