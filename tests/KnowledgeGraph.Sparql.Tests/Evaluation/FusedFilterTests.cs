using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Results;

using static KnowledgeGraph.Sparql.Tests.Evaluation.Differential;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// FILTERs fused into a BGP's loops (evaluated at the pattern that binds their last variable, on ids decoding only
/// their variables): random BGPs with several filters, some raising errors (a comparison of an IRI with a number,
/// REGEX of an IRI), some reading a variable the BGP never binds, compared with the plain plan (a FILTER node over
/// the whole BGP) on the id, term and hashed-pattern paths.
/// </summary>
public sealed class FusedFilterTests
{
    private const string Ex = "http://example.org/";

    [Fact]
    public void FusedFiltersGiveTheRowsOfAFilterOverTheWholeBgp()
    {
        var random = new Random(2026_11_25);
        var source = OptimizerDifferentialTests.Graph(random);
        var failures = new List<string>();
        var nonEmpty = 0;
        var fused = 0;
        for (var i = 0; i < 300; i++)
        {
            var query = RandomQuery(random);
            var plain = Answer(source, query, optimize: false);
            var ids = Answer(source, query, optimize: true);
            var terms = Answer(new TestSources.TermOnly(source), query, optimize: true);
            var hashed = Answer(new TestSources.DearSeek(source), query, optimize: true);
            nonEmpty += plain.Count > 0 ? 1 : 0;
            fused += Plan(new SparqlEngine(source), query).Contains("(filter after ", StringComparison.Ordinal) ? 1 : 0;
            if (!ids.SequenceEqual(plain) || !terms.SequenceEqual(plain) || !hashed.SequenceEqual(plain))
            {
                failures.Add($"{query}\n  plain: {plain.Count} rows, ids: {ids.Count}, terms: {terms.Count}, hashed: {hashed.Count}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
        Assert.True(nonEmpty > 50, $"only {nonEmpty} of 300 random queries had answers");
        Assert.True(fused > 120, $"only {fused} of 300 random queries fused a filter into a BGP");
    }

    [Fact]
    public void AFilterIsPlacedAfterThePatternBindingItsLastVariable()
    {
        var source = TestData.Source(":a :p :b . :b :q \"x\" . :b :r :c .");
        var plan = Plan(new SparqlEngine(source),
            "SELECT * WHERE { ?s <http://example.org/p> ?o . ?o <http://example.org/q> ?l . ?o <http://example.org/r> ?t FILTER(STRLEN(?l) = 1) FILTER(?s != ?t) }");

        // One BGP operator, no join between halves of it, each condition right after the pattern completing its variables.
        Assert.DoesNotContain("join", plan, StringComparison.Ordinal);
        // The filtered pattern starts (equal scans of one quad each), its filter right after it; ?s != ?t once ?t is bound, last.
        Assert.Contains("(bgp (?o <http://example.org/q> ?l) (?s <http://example.org/p> ?o) (?o <http://example.org/r> ?t)", plan, StringComparison.Ordinal);
        Assert.Contains("(filter after 1 (= (strlen ?l) 1))", plan, StringComparison.Ordinal);
        Assert.Contains("(filter after 3 (!= ?s ?t))", plan, StringComparison.Ordinal);

        // Without the optimizer the filter stays a node of its own.
        var plainPlan = Plan(new SparqlEngine(source, new EvaluationOptions { Optimize = false }),
            "SELECT * WHERE { ?s <http://example.org/p> ?o . ?o <http://example.org/q> ?l FILTER(STRLEN(?l) = 1) }");
        Assert.Contains("(filter (= (strlen ?l) 1)\n", plainPlan.Replace("  ;", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void AFilterOnAVariableTheBgpDoesNotBindStaysAbove()
    {
        var source = TestData.Source(":a :p :b .");
        var query = "SELECT * WHERE { ?s <http://example.org/p> ?o FILTER(!BOUND(?z)) }";
        Assert.DoesNotContain("(filter after ", Plan(new SparqlEngine(source), query), StringComparison.Ordinal);
        Assert.Single(TestData.Rows(source, query));
    }

    [Fact]
    public void OfTwoEqualScansTheOneAFilterCutsGoesFirst()
    {
        var source = TestData.Source(string.Concat(Enumerable.Range(0, 10).Select(i => $":a{i} a :Article ; :title \"title {i}\" . ")));
        const string Patterns = "?a a <http://example.org/Article> . ?a <http://example.org/title> ?t .";
        var filtered = Plan(new SparqlEngine(source), $"SELECT * WHERE {{ {Patterns} FILTER(REGEX(?t, \"[12]\")) }}");
        var unfiltered = Plan(new SparqlEngine(source), $"SELECT * WHERE {{ {Patterns} }}");
        Assert.Contains("(bgp (?a <http://example.org/title> ?t) (?a ", filtered, StringComparison.Ordinal);
        Assert.Contains("(filter after 1 (regex ?t \"[12]\"))", filtered, StringComparison.Ordinal);
        Assert.Contains("(bgp (?a <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/Article>) (?a <http://example.org/title> ?t)", unfiltered, StringComparison.Ordinal);
        Assert.Equal(2, TestData.Rows(source, $"SELECT * WHERE {{ {Patterns} FILTER(REGEX(?t, \"[12]\")) }}").Count);
    }

    [Fact]
    public void TheFilterOfARangeScanRunsAfterTheLastPattern()
    {
        // The scan keeps only dates that can pass, so the range filter (deciding boundary cases) runs last, on the fewest
        // rows; another filter on the same variable still runs right after the scan.
        var source = TestData.Source(string.Concat(Enumerable.Range(0, 40).Select(i =>
            $":e{i} :d \"20{10 + (i % 20)}-0{1 + (i % 9)}-01\"^^xsd:date ; :p :x{i % 3} , :y{i % 5} . ")));
        var query = "SELECT * WHERE { ?e <http://example.org/d> ?d . ?e <http://example.org/p> ?o "
            + "FILTER(?d >= \"2021-01-01\"^^<http://www.w3.org/2001/XMLSchema#date> && ?d < \"2022-01-01\"^^<http://www.w3.org/2001/XMLSchema#date>) FILTER(STR(?d) != \"x\") }";
        var plan = Plan(new SparqlEngine(source), query);
        Assert.Contains("[range scan of the first pattern", plan, StringComparison.Ordinal);
        Assert.Contains("(?e <http://example.org/d> ?d) (?e <http://example.org/p> ?o) (filter after 2 (&& (>= ?d", plan, StringComparison.Ordinal);
        Assert.Contains("(filter after 1 (!= (str ?d) \"x\"))", plan, StringComparison.Ordinal);
        Assert.Equal(TestData.Rows(source, query, new EvaluationOptions { Optimize = false }), TestData.Rows(source, query));
        Assert.Equal(4, TestData.Rows(source, query).Count);
    }

    private static string RandomQuery(Random random)
    {
        var vars = new[] { "?a", "?b", "?c" };
        string Var() => vars[random.Next(vars.Length)];
        string Pred() => "<" + Ex + new[] { "p", "q", "r" }[random.Next(3)] + ">";
        string Node() => random.Next(5) == 0 ? "<" + Ex + "n" + random.Next(25) + ">" : Var();
        string Condition() => random.Next(9) switch
        {
            0 => $"{Var()} < 5",
            1 => $"REGEX({Var()}, \"[1-3]\")",
            2 => $"REGEX(STR({Var()}), \"n1\", \"i\")",
            3 => $"{Var()} != {Var()}",
            4 => $"CONTAINS(STR({Var()}), \"2\")",
            5 => $"COALESCE(?z, {Var()}) = {Var()}",
            6 => $"isIRI({Var()}) || {Var()} > 3",
            7 => $"!BOUND(?z) && !({Var()} = 1)",
            _ => $"sameTerm({Var()}, {Node()})",
        };

        var triples = string.Join(" ", Enumerable.Range(0, 2 + random.Next(3)).Select(_ => $"{Node()} {Pred()} {Node()} ."));
        var filters = string.Join(" ", Enumerable.Range(0, 1 + random.Next(3)).Select(_ =>
            random.Next(3) == 0 ? $"FILTER({Condition()} && {Condition()})" : $"FILTER({Condition()})"));
        var body = triples + " " + filters;
        return random.Next(6) switch
        {
            0 => $"SELECT ?a (COUNT(DISTINCT ?b) AS ?n) (COUNT(*) AS ?all) WHERE {{ {body} }} GROUP BY ?a",
            1 => $"SELECT DISTINCT ?a ?b WHERE {{ {body} }}",
            2 => $"SELECT * WHERE {{ VALUES ?a {{ <{Ex}n1> <{Ex}n2> 3 }} {body} }}",
            3 => $"SELECT * WHERE {{ ?a <{Ex}p> ?x OPTIONAL {{ {body} }} }}",
            _ => $"SELECT * WHERE {{ {body} }}",
        };
    }
}

