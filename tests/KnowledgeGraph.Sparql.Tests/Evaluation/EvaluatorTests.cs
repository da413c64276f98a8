using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Results;
using static KnowledgeGraph.Sparql.Tests.Evaluation.TestData;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

public sealed class EvaluatorTests
{
    private static readonly Data.InMemoryQuadSource People = Source("""
        :alice :name "Alice" ; :age 30 ; :knows :bob .
        :bob :name "Bob" ; :age 25 ; :knows :carol .
        :carol :name "Carol" ; :knows :alice .
        :dave :name "Dave"@en .
        :g1 { :alice :likes :tea . }
        :g2 { :bob :likes :coffee . :alice :likes :coffee . }
        """);

    [Fact]
    public void BgpJoinsOnSharedVariables()
    {
        Assert.Equal(
            ["?a=\"Alice\" ?b=\"Bob\"", "?a=\"Bob\" ?b=\"Carol\"", "?a=\"Carol\" ?b=\"Alice\""],
            Rows(People, "SELECT ?a ?b WHERE { ?x :knows ?y . ?x :name ?a . ?y :name ?b }"));
    }

    [Fact]
    public void OptionalKeepsRowsWithoutMatchAndAppliesItsFilterToTheMergedRow()
    {
        Assert.Equal(
            ["?n=\"Alice\"", "?n=\"Bob\" ?age=\"25\"^^<http://www.w3.org/2001/XMLSchema#integer>", "?n=\"Carol\"", "?n=\"Dave\"@en"],
            Rows(People, "SELECT ?n ?age WHERE { ?x :name ?n OPTIONAL { ?x :age ?age FILTER(?age < 28) } }"));
    }

    [Fact]
    public void FilterInsideANestedOptionalGroupCannotSeeOuterVariables()
    {
        // { ?x :name ?n OPTIONAL { { ?x :age ?age FILTER(?n = "Bob") } } }: the inner group's filter reads ?n, which
        // that group does not bind: an error, so the optional never matches (18.2.2). Built as algebra, since the
        // parser currently lifts that filter into the left join's condition.
        var x = new Variable("x");
        var n = new Variable("n");
        var age = new Variable("age");
        var ex = "http://example.org/";
        Operator pattern = new LeftJoin(
            new Bgp([new TriplePattern(x, new TermNode(new Iri(ex + "name")), n)]),
            new Filter(
                new BinaryExpression(BinaryOperator.Equal, new VariableExpression(n), new ConstantExpression(new Literal("Bob"))),
                new Bgp([new TriplePattern(x, new TermNode(new Iri(ex + "age")), age)])));
        var query = new SelectQuery(new Project(pattern, [n, age]), [n, age], false, Dataset.Unspecified, Prologue.Empty);
        foreach (var optimize in new[] { true, false })
        {
            var result = (SolutionSequence)new SparqlEngine(People, new EvaluationOptions { Optimize = optimize }).Query(query);
            Assert.Equal(
                ["?n=\"Alice\"", "?n=\"Bob\"", "?n=\"Carol\"", "?n=\"Dave\"@en"],
                result.Rows.Select(Format).Order(StringComparer.Ordinal).ToList());
        }
    }

    [Fact]
    public void MinusNeedsASharedVariable()
    {
        Assert.Equal(["?x=<http://example.org/dave>"], Rows(People, "SELECT ?x WHERE { ?x :name ?n MINUS { ?x :knows ?y } }"));
        Assert.Equal(4, Rows(People, "SELECT ?x WHERE { ?x :name ?n MINUS { ?a :knows ?b } }").Count);
    }

    [Fact]
    public void NotExistsIsCorrelated()
    {
        Assert.Equal(
            ["?x=<http://example.org/carol>", "?x=<http://example.org/dave>"],
            Rows(People, "SELECT ?x WHERE { ?x :name ?n FILTER NOT EXISTS { ?x :age ?a } }"));
    }

    [Fact]
    public void GraphIteratesNamedGraphsAndDefaultGraphExcludesThem()
    {
        Assert.Equal(
            ["?g=<http://example.org/g1> ?o=<http://example.org/tea>", "?g=<http://example.org/g2> ?o=<http://example.org/coffee>"],
            Rows(People, "SELECT ?g ?o WHERE { GRAPH ?g { :alice :likes ?o } }"));
        Assert.Empty(Rows(People, "SELECT ?o WHERE { :alice :likes ?o }"));
        Assert.Equal(2, Rows(People, "SELECT ?o FROM :g2 WHERE { ?s :likes ?o }").Count);
    }

    [Fact]
    public void ZeroOrMorePathTerminatesOnCycles()
    {
        Assert.Equal(
            ["?y=<http://example.org/alice>", "?y=<http://example.org/bob>", "?y=<http://example.org/carol>"],
            Rows(People, "SELECT ?y WHERE { :alice :knows* ?y }"));
        Assert.Equal(3, Rows(People, "SELECT ?y WHERE { :alice :knows+ ?y }").Count);
        Assert.Equal(["?y=<http://example.org/alice>", "?y=<http://example.org/bob>"], Rows(People, "SELECT ?y WHERE { :alice :knows? ?y }"));
    }

    [Fact]
    public void AggregatesGroupAndSkipErrorsAsTheSpecSays()
    {
        Assert.Equal(
            // SUM meets an error (the unbound ?a of Carol and Dave), so it is unbound; COUNT skips the errors.
            ["?c=\"4\"^^<http://www.w3.org/2001/XMLSchema#integer>"],
            Rows(People, "SELECT (COUNT(?n) AS ?c) (SUM(?a) AS ?s) WHERE { ?x :name ?n OPTIONAL { ?x :age ?a } FILTER(BOUND(?a) || true) } "));
        Assert.Equal(["?g=\"Alice|Bob\""], Rows(People, "SELECT (GROUP_CONCAT(?n; SEPARATOR='|') AS ?g) WHERE { ?x :age ?a ; :name ?n } ORDER BY ?n"));
    }

    [Fact]
    public void OrderByPutsUnboundFirstThenBlankIriLiteral()
    {
        var rows = OrderedRows(People, "SELECT ?n ?a WHERE { ?x :name ?n OPTIONAL { ?x :age ?a } } ORDER BY ?a DESC(?n)");
        Assert.Equal(["?n=\"Dave\"@en", "?n=\"Carol\"", "?n=\"Bob\" ?a=\"25\"^^<http://www.w3.org/2001/XMLSchema#integer>", "?n=\"Alice\" ?a=\"30\"^^<http://www.w3.org/2001/XMLSchema#integer>"], rows);
    }

    [Fact]
    public void ConstructDropsUnboundTriplesAndMakesFreshBlankNodesPerSolution()
    {
        var graph = (GraphResult)Run(People, "CONSTRUCT { ?x :age ?a . _:b :of ?x } WHERE { ?x :name ?n OPTIONAL { ?x :age ?a } }");
        var quads = graph.Quads.ToList();
        Assert.Equal(2, quads.Count(q => q.Predicate.Value.EndsWith("age", StringComparison.Ordinal)));
        Assert.Equal(4, quads.Where(q => q.Predicate.Value.EndsWith("of", StringComparison.Ordinal)).Select(q => q.Subject).Distinct().Count());
    }

    [Fact]
    public void AskAndDescribe()
    {
        Assert.True(((BooleanResult)Run(People, "ASK { :alice :knows :bob }")).Value);
        Assert.False(((BooleanResult)Run(People, "ASK { :bob :knows :alice }")).Value);
        var described = ((GraphResult)Run(People, "DESCRIBE :bob")).Quads.ToList();
        Assert.Equal(3, described.Count);
        Assert.All(described, q => Assert.Equal(new Iri("http://example.org/bob"), q.Subject));
    }

    [Fact]
    public void SubSelectHidesItsInnerVariables()
    {
        Assert.Equal(
            ["?x=<http://example.org/alice> ?n=\"Alice\""],
            Rows(People, "SELECT ?x ?n WHERE { ?x :name ?n { SELECT ?x WHERE { ?x :age ?n } ORDER BY DESC(?n) LIMIT 1 } }"));
    }

    [Fact]
    public void ValuesAndBindJoin()
    {
        Assert.Equal(
            ["?n=\"Bob\" ?u=\"BOB\""],
            Rows(People, "SELECT ?n ?u WHERE { VALUES ?x { :bob :nobody } ?x :name ?n BIND(UCASE(?n) AS ?u) }"));
    }

    [Fact]
    public void MemoryLimitGivesAClearError()
    {
        var error = Assert.Throws<QueryLimitException>(() =>
            Rows(People, "SELECT * WHERE { ?s ?p ?o } ORDER BY ?o", new EvaluationOptions { MaxMaterializedRows = 3 }));
        Assert.Contains("ORDER BY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CancellationStopsTheQuery()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            Rows(People, "SELECT * WHERE { ?s ?p ?o }", new EvaluationOptions { Cancellation = cts.Token }));
    }

    [Fact]
    public void TimeoutIsCheckedInThePullLoop()
    {
        var big = new Data.InMemoryQuadSource(Enumerable.Range(0, 300).Select(i =>
            new Quad(new Iri("http://example.org/n" + i), new Iri("http://example.org/p"), new Iri("http://example.org/n" + ((i + 1) % 300)))));
        Assert.Throws<Expressions.QueryTimeoutException>(() =>
            new SparqlEngine(big, new EvaluationOptions { Timeout = TimeSpan.FromMilliseconds(50) })
                .Query("SELECT * WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }") is SolutionSequence s ? s.Rows.Count() : 0);
    }
}
