using System.Diagnostics;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Expressions;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Tests.Evaluation;

namespace KnowledgeGraph.Sparql.Tests.Federation;

/// <summary>SERVICE in the engine, against endpoints that are our engine over another source.</summary>
public sealed class ServiceEvaluationTests
{
    private const string Remote = "http://remote.example/sparql";

    [Fact]
    public void WithoutAnExecutorServiceFailsAsDisabledAndSilentGivesTheEmptySolution()
    {
        var local = TestData.Source(":a :name \"A\" .");
        var e = Assert.Throws<SparqlEvaluationException>(() => TestData.Rows(local, $"SELECT * {{ ?s :name ?n SERVICE <{Remote}> {{ ?s :age ?x }} }}"));
        Assert.Contains("disabled", e.Message, StringComparison.Ordinal);
        Assert.Equal(["?s=<http://example.org/a> ?n=\"A\""], TestData.Rows(local, $"SELECT * {{ ?s :name ?n SERVICE SILENT <{Remote}> {{ ?s :age ?x }} }}"));
    }

    [Fact]
    public void AFederatedJoinGivesTheRowsOfTheSameJoinOverOneStore()
    {
        var (local, remote, merged) = People(40);
        var endpoints = new EngineEndpoints(new Dictionary<string, IQuadSource> { [Remote] = remote });
        var federated = TestData.Rows(local, $"SELECT ?p ?n ?a {{ ?p :name ?n OPTIONAL {{ ?p :nick ?k }} SERVICE <{Remote}> {{ ?p :age ?a OPTIONAL {{ ?p :nick ?k }} }} }}", With(endpoints));
        var single = TestData.Rows(merged, "SELECT ?p ?n ?a { ?p :name ?n OPTIONAL { ?p :nick ?k } GRAPH :remote { ?p :age ?a OPTIONAL { ?p :nick ?k } } }");
        Assert.Equal(single, federated);
        Assert.True(federated.Count > 10, $"only {federated.Count} rows: the data does not exercise the join");
        Assert.All(endpoints.Requests, r => Assert.Contains("VALUES", r.Query, StringComparison.Ordinal));
    }

    [Fact]
    public void TheBoundJoinBatchesItsRowsAndAgreesWithRowByRowAndUnboundEvaluation()
    {
        var (local, remote, _) = People(250);
        var query = $"SELECT ?p ?n ?a {{ ?p :name ?n SERVICE <{Remote}> {{ ?p :age ?a }} }}";
        var batched = new EngineEndpoints(new Dictionary<string, IQuadSource> { [Remote] = remote }, batchSize: 100);
        var single = new EngineEndpoints(new Dictionary<string, IQuadSource> { [Remote] = remote }, batchSize: 1);
        var unbound = new EngineEndpoints(new Dictionary<string, IQuadSource> { [Remote] = remote });

        var rowsBatched = TestData.Rows(local, query, With(batched));
        var rowsSingle = TestData.Rows(local, query, With(single));
        // SERVICE first: nothing is bound yet, so it is one unbound request, hash-joined locally.
        var rowsUnbound = TestData.Rows(local, $"SELECT ?p ?n ?a {{ SERVICE <{Remote}> {{ ?p :age ?a }} ?p :name ?n }}", With(unbound));

        Assert.Equal(rowsSingle, rowsBatched);
        Assert.Equal(rowsUnbound, rowsBatched);
        Assert.Equal(3, batched.Requests.Count); // 250 rows in batches of 100
        Assert.Equal(250, single.Requests.Count);
        Assert.Single(unbound.Requests);
        Assert.DoesNotContain("VALUES", unbound.Requests.Single().Query, StringComparison.Ordinal);
    }

    [Fact]
    public void RowsThatLeaveAServiceVariableUnboundAreJoinedOnceEach()
    {
        // ?b is bound in some left rows and not in others: both VALUES rows (with and without ?b) match the same
        // remote solution, and the row index keeps each left row from picking up the other's answer.
        var local = TestData.Source(":x1 :a 1 . :x1 :b 2 . :x2 :a 1 .");
        var remote = TestData.Source(":r :a 1 ; :b 2 .");
        var merged = TestData.Source(":x1 :a 1 . :x1 :b 2 . :x2 :a 1 . :remote { :r :a 1 ; :b 2 . }");
        var endpoints = new EngineEndpoints(new Dictionary<string, IQuadSource> { [Remote] = remote });
        var federated = TestData.Rows(local, $"SELECT * {{ ?x :a ?a OPTIONAL {{ ?x :b ?b }} SERVICE <{Remote}> {{ ?r :a ?a ; :b ?b }} }}", With(endpoints));
        var single = TestData.Rows(merged, "SELECT * { ?x :a ?a OPTIONAL { ?x :b ?b } GRAPH :remote { ?r :a ?a ; :b ?b } }");
        Assert.Equal(single, federated);
        Assert.Equal(2, federated.Count);
    }

    [Fact]
    public void OnlyVariablesThePatternAlwaysBindsAndEveryRowBindsGoIntoValues()
    {
        var local = TestData.Source(":x1 :a 1 ; :k \"one\" . :x2 :a 2 .");
        var remote = TestData.Source(":x1 :a 1 . :x2 :a 2 ; :k \"two\" .");
        var endpoints = new EngineEndpoints(new Dictionary<string, IQuadSource> { [Remote] = remote });
        var rows = TestData.Rows(local, $"SELECT ?x ?k {{ ?x :a ?a OPTIONAL {{ ?x :k ?k }} SERVICE <{Remote}> {{ ?x :a ?a OPTIONAL {{ ?x :k ?k }} }} }}", With(endpoints));

        // x1 keeps its local ?k (the remote leaves it unbound); x2 gets the remote one.
        Assert.Equal(["?x=<http://example.org/x1> ?k=\"one\"", "?x=<http://example.org/x2> ?k=\"two\""], rows);
        var sent = endpoints.Requests.Single().Query;
        Assert.Contains("VALUES (?_kg_row ?x ?a)", sent, StringComparison.Ordinal); // ?k: OPTIONAL remotely, unbound in x2
        Assert.DoesNotContain("UNDEF", sent, StringComparison.Ordinal);
    }

    [Fact]
    public void SilentTurnsAFailingEndpointIntoTheEmptySolutionAndWithoutItTheQueryFails()
    {
        var local = TestData.Source(":a :name \"A\" . :b :name \"B\" .");
        var none = new EngineEndpoints(new Dictionary<string, IQuadSource>());
        var silent = TestData.Rows(local, $"SELECT * {{ ?s :name ?n SERVICE SILENT <{Remote}> {{ ?s :age ?x }} }}", With(none));
        Assert.Equal(["?s=<http://example.org/a> ?n=\"A\"", "?s=<http://example.org/b> ?n=\"B\""], silent);

        var e = Assert.Throws<SparqlEvaluationException>(() => TestData.Rows(local, $"SELECT * {{ ?s :name ?n SERVICE <{Remote}> {{ ?s :age ?x }} }}", With(none)));
        Assert.Contains(Remote, e.Message, StringComparison.Ordinal);
        Assert.Contains("not reachable", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AVariableEndpointIsCalledPerBinding()
    {
        var local = TestData.Source("<http://one.example/sparql> :kind \"e\" . <http://two.example/sparql> :kind \"e\" . <http://gone.example/sparql> :kind \"e\" .");
        var endpoints = new EngineEndpoints(new Dictionary<string, IQuadSource>
        {
            ["http://one.example/sparql"] = TestData.Source(":x :label \"one\" ."),
            ["http://two.example/sparql"] = TestData.Source(":y :label \"two\" ."),
        });
        var rows = TestData.Rows(local, "SELECT ?l { ?e :kind \"e\" SERVICE SILENT ?e { ?s :label ?l } }", With(endpoints));
        Assert.Equal(["", "?l=\"one\"", "?l=\"two\""], rows);
        Assert.Equal(3, endpoints.Requests.Count);
        Assert.Throws<SparqlEvaluationException>(() => TestData.Rows(local, "SELECT ?l { ?e :kind \"e\" SERVICE ?e { ?s :label ?l } }", With(endpoints)));
    }

    [Fact]
    public void AHangingEndpointIsCutAtTheQueryTimeoutEvenWhenSilent()
    {
        var local = TestData.Source(":a :name \"A\" .");
        var clock = Stopwatch.StartNew();
        Assert.Throws<QueryTimeoutException>(() => TestData.Rows(local, $"SELECT * {{ ?s :name ?n SERVICE SILENT <{Remote}> {{ ?s :age ?x }} }}",
            new EvaluationOptions { ServiceExecutor = new HangingEndpoint(), Timeout = TimeSpan.FromMilliseconds(500) }));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public void RemoteBlankNodesAreFreshLocally()
    {
        var local = TestData.Source(":a :p _:b0 .");
        var remote = TestData.Source(":a :q _:b0 .");
        var endpoints = new EngineEndpoints(new Dictionary<string, IQuadSource> { [Remote] = remote });
        var rows = TestData.Rows(local, $"SELECT ?x ?y {{ :a :p ?x SERVICE <{Remote}> {{ :a :q ?y }} FILTER(sameTerm(?x, ?y)) }}", With(endpoints));
        Assert.Empty(rows);
    }

    [Fact]
    public void ExplainShowsTheBatchedBoundJoinAndWhatTheEndpointIsAskedFor()
    {
        var (local, remote, _) = People(10);
        var endpoints = new EngineEndpoints(new Dictionary<string, IQuadSource> { [Remote] = remote });
        var plan = new SparqlEngine(local, With(endpoints)).Explain(TestData.Prefixes.Replace("@prefix", "PREFIX", StringComparison.Ordinal).Replace(" .", string.Empty, StringComparison.Ordinal)
            + $"SELECT * {{ ?p :name ?n SERVICE <{Remote}> {{ ?p :age ?a }} }}");
        Assert.Contains("join (service, batched bound join)", plan, StringComparison.Ordinal);
        Assert.Contains($"service <{Remote}> (?p ?a)", plan, StringComparison.Ordinal);
        Assert.Contains("; results: 8", plan, StringComparison.Ordinal);
    }

    private static EvaluationOptions With(IServiceExecutor executor) => new() { ServiceExecutor = executor, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>
    /// People with names locally and ages remotely (most of them), some nicknames on both sides; Merged holds the
    /// local data in the default graph and the remote data in the graph :remote, so GRAPH :remote is the reference.
    /// </summary>
    private static (InMemoryQuadSource Local, InMemoryQuadSource Remote, InMemoryQuadSource Merged) People(int count)
    {
        var local = new StringBuilder();
        var remote = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            local.Append($":p{n} :name \"P{n}\" .\n");
            if (i % 3 == 0)
            {
                local.Append($":p{n} :nick \"k{i % 4}\" .\n");
            }

            if (i % 5 != 0)
            {
                remote.Append($":p{n} :age {20 + (i % 50)} .\n");
            }

            if (i % 4 == 0)
            {
                remote.Append($":p{n} :nick \"k{i % 8}\" .\n");
            }
        }

        return (TestData.Source(local.ToString()), TestData.Source(remote.ToString()), TestData.Source(local + ":remote {\n" + remote + "}\n"));
    }
}
