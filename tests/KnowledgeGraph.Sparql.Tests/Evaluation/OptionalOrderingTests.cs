using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Optimizer;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// Patterns that run once per outer row are ordered from the variables that row binds: the right side of a bind
/// left join (OPTIONAL) and a per-row EXISTS; a hash left join's right side, evaluated once, is ordered as unbound.
/// </summary>
public sealed class OptionalOrderingTests
{
    private const string Ont = "http://example.org/kg/ontology/";
    private const string Prefix = "PREFIX ex: <http://example.org/kg/ontology/>\n";

    /// <summary>The mix's <c>claims</c> problem: a few claims of one event, thousands of titled sources.</summary>
    [Fact]
    public void OptionalRightSideStartsFromTheVariableTheLeftBinds()
    {
        var source = ClaimsAndSources();
        var query = Prefix + "SELECT ?claim ?title WHERE { ?claim ex:claimedEvent <http://example.org/kg/event/1> . "
            + "OPTIONAL { ?claim ex:source ?source . ?source ex:title ?title } }";
        var optimized = Optimize(source, query);
        var leftJoin = Find<LeftJoin>(optimized);
        var right = Assert.IsType<Bgp>(leftJoin.Right);
        Assert.Equal(new Iri(Ont + "source"), ((TermNode)right.Patterns[0].Predicate).Term);
        Assert.Contains("leftjoin (bind)", new SparqlEngine(source).Explain(query), StringComparison.Ordinal);

        // The answer is the plain evaluation's.
        Assert.Equal(TestRows(source, query, optimize: false), TestRows(source, query, optimize: true));
    }

    /// <summary>
    /// The right side of this OPTIONAL holds another OPTIONAL, so it does not take a seed: the left join hashes it,
    /// evaluated once without the left's bindings, and its BGP must be ordered as if nothing were bound (the
    /// selective title pattern first, not the claims' sources).
    /// </summary>
    [Fact]
    public void HashLeftJoinRightSideIsOrderedAsUnbound()
    {
        var source = ClaimsAndSources();
        var query = Prefix + "SELECT * WHERE { ?claim ex:claimedEvent <http://example.org/kg/event/1> . "
            + "OPTIONAL { ?claim ex:source ?source . ?source ex:title \"title 7\" OPTIONAL { ?source ex:lang ?lang } } }";
        var optimized = Optimize(source, query);
        var outer = Find<LeftJoin>(optimized);
        var inner = Assert.IsType<LeftJoin>(outer.Right);
        var bgp = Assert.IsType<Bgp>(inner.Left);
        Assert.Equal(new Iri(Ont + "title"), ((TermNode)bgp.Patterns[0].Predicate).Term);
        Assert.Contains("leftjoin (hash)", new SparqlEngine(source).Explain(query), StringComparison.Ordinal);
        Assert.Equal(TestRows(source, query, optimize: false), TestRows(source, query, optimize: true));
    }

    [Fact]
    public void PerRowExistsIsOrderedFromTheOuterVariable()
    {
        var source = ClaimsAndSources();
        var pattern = SparqlParser.ParseQuery(Prefix + "SELECT * WHERE { ?claim ex:source ?source . ?source ex:title ?title }").Pattern;
        var unbound = Find<Bgp>(new QueryOptimizer(source, null).Optimize(pattern));
        var bound = Find<Bgp>(new QueryOptimizer(source, null).OptimizeCorrelated(pattern, new HashSet<Variable> { new("claim") }));
        Assert.Equal(new Iri(Ont + "title"), ((TermNode)unbound.Patterns[0].Predicate).Term);
        Assert.Equal(new Iri(Ont + "source"), ((TermNode)bound.Patterns[0].Predicate).Term);
    }

    private static Operator Optimize(IQuadSource source, string query) =>
        new QueryOptimizer(source, null).Optimize(SparqlParser.ParseQuery(query).Pattern);

    private static T Find<T>(Operator op)
        where T : Operator =>
        op as T ?? op.Children.Select(c => TryFind<T>(c)).FirstOrDefault(x => x is not null) ?? throw new InvalidOperationException($"no {typeof(T).Name} in {SsePrinter.Print(op)}");

    private static T? TryFind<T>(Operator op)
        where T : Operator =>
        op as T ?? op.Children.Select(c => TryFind<T>(c)).FirstOrDefault(x => x is not null);

    private static List<string> TestRows(IQuadSource source, string query, bool optimize) =>
        [.. ((SolutionSequence)new SparqlEngine(source, new EvaluationOptions { Optimize = optimize }).Query(query)).Rows.Select(TestData.Format).Order(StringComparer.Ordinal)];

    /// <summary>
    /// 3000 claims, 8 of event 1, each citing one of 1000 titled sources (some with a language): unbound, the titles
    /// are the smaller pattern; from a bound claim its one source is.
    /// </summary>
    private static InMemoryQuadSource ClaimsAndSources()
    {
        var source = new InMemoryQuadSource();
        for (var i = 0; i < 1000; i++)
        {
            var s = new Iri("http://example.org/kg/source/" + i);
            source.Add(new Quad(s, new Iri(Ont + "title"), new Literal("title " + i)));
            if (i % 3 == 0)
            {
                source.Add(new Quad(s, new Iri(Ont + "lang"), new Literal("en")));
            }
        }

        for (var i = 0; i < 3000; i++)
        {
            var c = new Iri("http://example.org/kg/claim/" + i);
            source.Add(new Quad(c, new Iri(Ont + "claimedEvent"), new Iri("http://example.org/kg/event/" + (i < 8 ? 1 : 2 + (i % 100)))));
            source.Add(new Quad(c, new Iri(Ont + "source"), new Iri("http://example.org/kg/source/" + (i * 7 % 1000))));
        }

        return source;
    }
}
