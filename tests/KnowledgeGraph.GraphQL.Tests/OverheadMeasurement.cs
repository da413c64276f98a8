using System.Diagnostics;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Results;
using Xunit.Abstractions;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>
/// Opt-in (KG_BENCH_GRAPHQL=1) timing on the generated 20k graph: a GraphQL page of events with their place
/// against the hand-written SPARQL of the same answer, and the cached GraphQL answer. Prints medians; asserts nothing
/// about speed (shared machine), only that both answers have the same size.
/// </summary>
public sealed class OverheadMeasurement(GeneratedNewsFixture news, ITestOutputHelper output) : IClassFixture<GeneratedNewsFixture>
{
    [SkippableFact]
    public async Task GraphQL_against_hand_written_sparql()
    {
        Skip.If(Environment.GetEnvironmentVariable("KG_BENCH_GRAPHQL") != "1", "set KG_BENCH_GRAPHQL=1 to measure");
        Skip.If(news.SkipReason is not null, news.SkipReason);
        const string Query = """{ events(first: 100, where: { date: { gte: "2021-01-01" } }, orderBy: [{ field: DATE }]) { edges { node { id date place { id label { value } } } } } }""";
        const string Sparql = """
            PREFIX ex: <http://example.org/kg/ontology/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?e ?d ?p ?l WHERE { VALUES ?t { ex:Event ex:Attack ex:Capture ex:Delivery } ?e a ?t ; ex:date ?d . FILTER(?d >= "2021-01-01"^^<http://www.w3.org/2001/XMLSchema#date>)
              OPTIONAL { ?e ex:place ?p OPTIONAL { ?p rdfs:label ?l } } } ORDER BY ?d STR(?e) LIMIT 100
            """;
        var engine = new SparqlEngine(news.Source!);
        double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
        var sparqlTimes = new List<double>();
        var graphqlTimes = new List<double>();
        var cachedTimes = new List<double>();
        for (var i = 0; i < 15; i++)
        {
            var sw = Stopwatch.StartNew();
            var rows = engine.Query(Sparql) is SolutionSequence s ? s.Rows.Count() : 0;
            sparqlTimes.Add(sw.Elapsed.TotalMilliseconds);
            Assert.Equal(100, rows);
            sw.Restart();
            var response = await news.Service!.ExecuteAsync(Query, explain: true);
            graphqlTimes.Add(sw.Elapsed.TotalMilliseconds);
            Assert.False(response.HasErrors, response.Json);
            sw.Restart();
            await news.Service.ExecuteAsync(Query);
            cachedTimes.Add(sw.Elapsed.TotalMilliseconds);
        }

        output.WriteLine($"hand-written SPARQL median {Median(sparqlTimes):0.0} ms; GraphQL uncached median {Median(graphqlTimes):0.0} ms; GraphQL cached median {Median(cachedTimes):0.000} ms");
    }
}
