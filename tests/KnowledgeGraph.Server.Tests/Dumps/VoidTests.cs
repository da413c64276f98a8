using System.Globalization;
using System.Net;
using System.Text.Json;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Server.Tests.Dumps;

/// <summary><c>/.well-known/void</c> over real HTTP: counts checked against a direct enumeration of the seed data.</summary>
public sealed class VoidTests
{
    private const string Void = "http://rdfs.org/ns/void#";

    private static readonly Lazy<List<Quad>> Original = new(() => DumpData.Loaded(DumpData.SeedFolder));

    private static Iri V(string local) => new(Void + local);

    private static async Task<(List<Quad> Quads, HttpResponseMessage Response)> GetVoidAsync(RunningServer server, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/.well-known/void");
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        return (Rdf.Parse(text, response.Content.Headers.ContentType!.ToString()), response);
    }

    private static long Number(IEnumerable<Quad> quads, Term subject, Iri property) =>
        long.Parse(((Literal)quads.Single(q => q.Subject.Equals(subject) && q.Predicate.Equals(property)).Obj).LexicalForm, CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_counts_equal_a_direct_enumeration_of_the_data()
    {
        await using var server = await RunningServer.StartAsync(o => o.SeedDirectory = DumpData.SeedFolder);
        var (quads, response) = await GetVoidAsync(server);
        Assert.Equal("text/turtle", response.Content.Headers.ContentType?.MediaType);
        var dataset = quads.Single(q => q.Predicate.Equals(RdfVocabulary.Type) && q.Obj.Equals(V("Dataset"))).Subject;
        var data = Original.Value;

        using var health = JsonDocument.Parse(await server.Client.GetStringAsync("/health"));
        Assert.Equal(health.RootElement.GetProperty("quads").GetInt64(), Number(quads, dataset, V("triples")));
        Assert.Equal(data.Count, Number(quads, dataset, V("triples")));
        Assert.Equal(data.Select(q => q.Subject).OfType<Iri>().Distinct().Count(), Number(quads, dataset, V("entities")));
        Assert.Equal(data.Select(q => q.Subject).Distinct().Count(), Number(quads, dataset, V("distinctSubjects")));
        Assert.Equal(data.Select(q => q.Obj).Distinct().Count(), Number(quads, dataset, V("distinctObjects")));
        Assert.Equal(data.Select(q => q.Predicate).Distinct().Count(), Number(quads, dataset, V("properties")));

        // Per class: distinct instances, over every graph.
        var instances = data.Where(q => q.Predicate.Equals(RdfVocabulary.Type) && q.Obj is Iri)
            .GroupBy(q => q.Obj).ToDictionary(g => g.Key, g => (long)g.Select(q => q.Subject).Distinct().Count());
        var classPartitions = quads.Where(q => q.Subject.Equals(dataset) && q.Predicate.Equals(V("classPartition"))).Select(q => q.Obj).ToList();
        Assert.Equal(instances.Count, classPartitions.Count);
        Assert.Equal(instances.Count, Number(quads, dataset, V("classes")));
        foreach (var partition in classPartitions)
        {
            var cls = quads.Single(q => q.Subject.Equals(partition) && q.Predicate.Equals(V("class"))).Obj;
            Assert.Equal(instances[cls], Number(quads, partition, V("entities")));
        }

        Assert.Contains(classPartitions, p => quads.Any(q => q.Subject.Equals(p) && q.Obj.Equals(new Iri("https://w3id.org/newskg/ont#Claim"))));

        // Per property: statements using it.
        var uses = data.GroupBy(q => q.Predicate).ToDictionary(g => (Term)g.Key, g => (long)g.Count());
        var propertyPartitions = quads.Where(q => q.Subject.Equals(dataset) && q.Predicate.Equals(V("propertyPartition"))).Select(q => q.Obj).ToList();
        Assert.Equal(uses.Count, propertyPartitions.Count);
        foreach (var partition in propertyPartitions)
        {
            var property = quads.Single(q => q.Subject.Equals(partition) && q.Predicate.Equals(V("property"))).Obj;
            Assert.Equal(uses[property], Number(quads, partition, V("triples")));
        }
    }

    [Fact]
    public async Task Links_examples_and_uri_space_point_at_real_things()
    {
        await using var server = await RunningServer.StartAsync(o => o.SeedDirectory = DumpData.SeedFolder);
        var (quads, _) = await GetVoidAsync(server);
        var dataset = quads.Single(q => q.Predicate.Equals(RdfVocabulary.Type) && q.Obj.Equals(V("Dataset"))).Subject;
        Iri[] Values(string property) => [.. quads.Where(q => q.Subject.Equals(dataset) && q.Predicate.Equals(V(property))).Select(q => q.Obj).OfType<Iri>()];

        var examples = Values("exampleResource");
        Assert.True(examples.Length >= 4, $"{examples.Length} example resources");
        foreach (var example in examples)
        {
            Assert.Contains(Original.Value, q => q.Subject.Equals(example) && q.Predicate.Equals(RdfVocabulary.Type));
            Assert.StartsWith("https://w3id.org/newskg/id/", example.Value, StringComparison.Ordinal);
        }

        Assert.Equal("https://w3id.org/newskg/id/", ((Literal)quads.Single(q => q.Predicate.Equals(V("uriSpace"))).Obj).LexicalForm);
        var endpoint = Assert.Single(Values("sparqlEndpoint"));
        using var ask = await server.Client.GetAsync(endpoint.Value + "?query=" + Uri.EscapeDataString("ASK { GRAPH ?g { ?s ?p ?o } }"));
        Assert.Equal(HttpStatusCode.OK, ask.StatusCode);
        var dumps = Values("dataDump");
        Assert.Equal(2, dumps.Length);
        foreach (var dump in dumps)
        {
            using var head = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, dump.Value));
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        }
    }

    [Theory]
    [InlineData("application/ld+json")]
    [InlineData("application/n-triples")]
    [InlineData("application/rdf+xml")]
    public async Task Other_formats_by_conneg_say_the_same(string accept)
    {
        await using var server = await RunningServer.StartAsync(o => o.SeedDirectory = DumpData.SeedFolder);
        var (turtle, _) = await GetVoidAsync(server);
        var (other, response) = await GetVoidAsync(server, accept);
        Assert.Equal(accept, response.Content.Headers.ContentType?.MediaType);
        Rdf.AssertIsomorphic(turtle, other);
    }

    [Fact]
    public async Task The_ETag_answers_304_and_a_write_changes_the_counts()
    {
        await using var server = await RunningServer.StartAsync(o => o.SeedDirectory = DumpData.SeedFolder);
        var (before, response) = await GetVoidAsync(server);
        var dataset = before.Single(q => q.Predicate.Equals(RdfVocabulary.Type) && q.Obj.Equals(V("Dataset"))).Subject;
        var again = new HttpRequestMessage(HttpMethod.Get, "/.well-known/void");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await server.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var put = await server.PutAsync("graph=" + Uri.EscapeDataString("http://example.org/new"), "<http://example.org/s> a <http://example.org/C> .");
        Assert.True(put.IsSuccessStatusCode, put.StatusCode.ToString());
        var (after, changed) = await GetVoidAsync(server);
        Assert.NotEqual(response.Headers.ETag, changed.Headers.ETag);
        Assert.Equal(Number(before, dataset, V("triples")) + 1, Number(after, dataset, V("triples")));
        Assert.Equal(Number(before, dataset, V("classes")) + 1, Number(after, dataset, V("classes")));
    }

    [Fact]
    public void Statistics_are_computed_once_per_dataset_version()
    {
        var cache = new KnowledgeGraph.Server.Void.VoidCache();
        var computed = 0;
        KnowledgeGraph.Server.Void.VoidStatistics Compute()
        {
            computed++;
            return new(computed, 0, 0, 0, 0, [], [], []);
        }

        Assert.Equal(1, cache.Get("a", 3, Compute).Triples);
        Assert.Equal(1, cache.Get("a", 3, Compute).Triples); // same version: cached
        Assert.Equal(2, cache.Get("a", 4, Compute).Triples); // a commit: computed again
        Assert.Equal(3, cache.Get("a", null, Compute).Triples); // a version raced by a commit: never cached
        Assert.Equal(2, cache.Get("a", 4, Compute).Triples);
        Assert.Equal(4, cache.Get("b", 4, Compute).Triples); // another server instance
        Assert.Equal(4, cache.Computations);
    }

    [Fact]
    public async Task An_empty_store_is_described_with_zero_counts()
    {
        await using var server = await RunningServer.StartAsync();
        var (quads, _) = await GetVoidAsync(server);
        var dataset = quads.Single(q => q.Predicate.Equals(RdfVocabulary.Type) && q.Obj.Equals(V("Dataset"))).Subject;
        Assert.Equal(0, Number(quads, dataset, V("triples")));
        Assert.Equal(0, Number(quads, dataset, V("entities")));
        Assert.DoesNotContain(quads, q => q.Predicate.Equals(V("exampleResource")));
    }
}
