using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Ontology;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>The 20k-triple graph of shared/peers/gen-news.py (generated once per run into a temp file).</summary>
public sealed class GeneratedNewsFixture : IDisposable
{
    public GeneratedNewsFixture()
    {
        var script = Path.Combine(Environment.GetEnvironmentVariable("KG_PEERS") ?? "/work/shared/peers", "gen-news.py");
        if (!File.Exists(script))
        {
            SkipReason = $"{script} not found";
            return;
        }

        var output = Path.Combine(Path.GetTempPath(), $"kg-graphql-news-{Environment.ProcessId}.nt");
        try
        {
            using var process = Process.Start(new ProcessStartInfo("python3", [script, "20k", output]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0 || !File.Exists(output))
            {
                SkipReason = "gen-news.py failed";
                return;
            }

            Source = new InMemoryQuadSource(SeedFixture.ReadFile(output, RdfFormat.NTriples));
        }
        catch (System.ComponentModel.Win32Exception)
        {
            SkipReason = "python3 is not installed";
            return;
        }
        finally
        {
            File.Delete(output);
        }

        var ontology = OntologyLoader.Load(
            SeedFixture.ReadFile(Path.Combine(AppContext.BaseDirectory, "Data", "news-ontology.ttl"), RdfFormat.Turtle), "http://example.org/kg/ontology/");
        Service = new KgGraphQLService(ontology, new EngineSparqlRunner(Source, TimeSpan.FromSeconds(60)));
    }

    public string? SkipReason { get; }

    public InMemoryQuadSource? Source { get; }

    public KgGraphQLService? Service { get; }

    public void Dispose() => Service?.Dispose();
}

/// <summary>Each GraphQL filter returns exactly the nodes of the equivalent hand-written SPARQL query.</summary>
public sealed class GeneratedNewsTests(GeneratedNewsFixture news) : IClassFixture<GeneratedNewsFixture>
{
    private const string Prefixes = """
        PREFIX ex: <http://example.org/kg/ontology/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

        """;

    private const string AnyEvent = "VALUES ?t { ex:Event ex:Attack ex:Capture ex:Delivery } ?x a ?t .";

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "events", """{ date: { gte: "2021-01-01", lt: "2021-07-01" } }""",
            AnyEvent + """ ?x ex:date ?d FILTER(?d >= "2021-01-01"^^xsd:date && ?d < "2021-07-01"^^xsd:date)""" },
        { "events", """{ place: { some: { partOf: { some: { label: { startsWith: "KA" } } } } } }""",
            AnyEvent + """ ?x ex:place/ex:partOf/rdfs:label ?l FILTER(STRSTARTS(LCASE(STR(?l)), "ka"))""" },
        { "claims", """{ stance: { eq: DENIES }, claimant: { some: { label: { contains: "front" } } } }""",
            """?x a ex:Claim ; ex:stance ex:denies ; ex:claimant/rdfs:label ?l FILTER(CONTAINS(LCASE(STR(?l)), "front"))""" },
        { "claims", """{ OR: [{ confidence: { eq: "high" } }, { NOT: { stance: { in: [ASSERTS] } } }] }""",
            """?x a ex:Claim . { ?x ex:confidence "high" } UNION { ?x ex:stance ex:denies }""" },
        { "events", """{ casualties: { isNull: false, gt: 10 }, participant: { none: { label: { regex: "^A" } } } }""",
            AnyEvent + """ FILTER EXISTS { ?x ex:casualties ?c FILTER(?c > 10) } FILTER NOT EXISTS { ?x ex:participant/rdfs:label ?l FILTER(REGEX(STR(?l), "^A")) }""" },
        { "places", """{ parts: { all: { population: { gte: 20000 } } }, label: { ne: "nowhere" } }""",
            """VALUES ?t { ex:Place ex:Country ex:Province ex:District ex:Settlement } ?x a ?t FILTER NOT EXISTS { ?p ex:partOf ?x FILTER NOT EXISTS { ?p ex:population ?n FILTER(?n >= 20000) } }""" },
    };

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Filter_matches_hand_written_sparql(string field, string where, string pattern)
    {
        Skip.If(news.SkipReason is not null, news.SkipReason);
        var expected = new SparqlEngine(news.Source!).Query(Prefixes + "SELECT DISTINCT ?x WHERE { " + pattern + " }") is SolutionSequence rows
            ? rows.Rows.Select(r => ((Iri)r["x"]!).Value).ToHashSet()
            : throw new InvalidOperationException();

        // Page through the whole answer with keyset cursors; no node may come twice.
        var actual = new List<string>();
        string? after = null;
        for (var page = 0; page < 100; page++)
        {
            var afterArg = after is null ? "" : $", after: \"{after}\"";
            var response = await news.Service!.ExecuteAsync($"{{ {field}(where: {where}, first: 100, orderBy: [{{ field: LABEL, direction: DESC }}]{afterArg}) {{ totalCount edges {{ node {{ id }} }} pageInfo {{ hasNextPage endCursor }} }} }}");
            Assert.False(response.HasErrors, response.Json);
            var connection = JsonDocument.Parse(response.Json).RootElement.GetProperty("data").GetProperty(field);
            Assert.Equal(expected.Count, connection.GetProperty("totalCount").GetInt32());
            actual.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            if (!connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.NotEmpty(expected);
        Assert.Equal(actual.Count, actual.Distinct().Count());
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }
}
