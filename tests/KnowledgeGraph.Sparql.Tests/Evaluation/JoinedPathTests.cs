using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Results;

using static KnowledgeGraph.Sparql.Tests.Evaluation.Differential;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// Joins of BGPs and property paths run as one BGP operator on ids (the path a level of the loops, evaluated on ids
/// without decoding; GROUP BY with COUNT(DISTINCT) over it grouped on ids): random queries with paths of every kind
/// (those that run on ids and those that do not), filters and groupings, compared with the plain plan (join nodes on
/// terms) on the id, term and hashed-pattern paths.
/// </summary>
public sealed class JoinedPathTests
{
    private const string Ex = "http://example.org/";

    [Fact]
    public void JoinedPathsGiveTheRowsOfJoinNodes()
    {
        var random = new Random(5_2026);
        var source = Graph(random);
        var failures = new List<string>();
        var nonEmpty = 0;
        var joined = 0;
        for (var i = 0; i < 300; i++)
        {
            var query = RandomQuery(random);
            var plain = Answer(source, query, optimize: false);
            var ids = Answer(source, query, optimize: true);
            var terms = Answer(new TestSources.TermOnly(source), query, optimize: true);
            var hashed = Answer(new TestSources.DearSeek(source), query, optimize: true);
            nonEmpty += plain.Count > 0 ? 1 : 0;
            joined += Plan(new SparqlEngine(source), query).Contains("(bgp (path ", StringComparison.Ordinal)
                || Plan(new SparqlEngine(source), query).Contains(") (path ", StringComparison.Ordinal) ? 1 : 0;
            if (!ids.SequenceEqual(plain) || !terms.SequenceEqual(plain) || !hashed.SequenceEqual(plain))
            {
                failures.Add($"{query}\n  plain: {plain.Count} rows, ids: {ids.Count}, terms: {terms.Count}, hashed: {hashed.Count}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
        Assert.True(nonEmpty > 60, $"only {nonEmpty} of 300 random queries had answers");
        Assert.True(joined > 50, $"only {joined} of 300 random queries joined a path into a BGP");
    }

    [Fact]
    public void EventsPerCountryAreGroupedOnIdsOverOneBgpWithThePath()
    {
        // q5's shape: events in places, places partOf+ a country.
        var source = TestData.Source("""
            :c1 a :Country . :c2 a :Country .
            :r1 :partOf :c1 . :t1 :partOf :r1 . :t2 :partOf :r1 . :t3 :partOf :c2 . :t3 :partOf :r1 .
            :e1 :place :t1 . :e2 :place :t2 . :e3 :place :t3 . :e4 :place :r1 . :e4 :place :t1 .
            """);
        var query = "SELECT ?country (COUNT(DISTINCT ?event) AS ?events) (COUNT(*) AS ?n) WHERE { ?event :place ?place . ?place :partOf+ ?country . ?country a :Country } GROUP BY ?country";
        var plan = Plan(new SparqlEngine(source), "PREFIX : <http://example.org/> " + query);
        Assert.Contains("group on ids", plan, StringComparison.Ordinal);
        Assert.Matches(@"\(bgp [^\n]*\(path \?place \(path\+ <http://example.org/partOf>\) \?country\)", plan);
        Assert.DoesNotContain("join", plan, StringComparison.Ordinal);

        // c1: e1 (t1), e2 (t2), e3 (t3 via r1), e4 (r1 and t1: two rows, one event); c2: e3.
        Assert.Equal(
            ["?country=<http://example.org/c1> ?events=\"4\"^^<http://www.w3.org/2001/XMLSchema#integer> ?n=\"5\"^^<http://www.w3.org/2001/XMLSchema#integer>",
             "?country=<http://example.org/c2> ?events=\"1\"^^<http://www.w3.org/2001/XMLSchema#integer> ?n=\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>"],
            TestData.Rows(source, query));
        Assert.Equal(TestData.Rows(source, query, new EvaluationOptions { Optimize = false }), TestData.Rows(source, query));
    }

    [Fact]
    public void AZeroLengthPathOrAPathWithBothEndsFreeStaysAJoin()
    {
        var source = TestData.Source(":a :p :b . :b :p :c .");
        Assert.Contains("join", Plan(new SparqlEngine(source), "SELECT * WHERE { ?x <http://example.org/p> ?y . ?y <http://example.org/p>* ?z }"), StringComparison.Ordinal);
        Assert.DoesNotContain("join", Plan(new SparqlEngine(source), "SELECT * WHERE { ?x <http://example.org/p> ?y . ?y <http://example.org/p>+ ?z }"), StringComparison.Ordinal);
    }

    private static InMemoryQuadSource Graph(Random random)
    {
        var source = new InMemoryQuadSource();
        string[] predicates = ["p", "q", "r"];
        for (var i = 0; i < 90; i++)
        {
            var s = new Iri(Ex + "n" + random.Next(20));
            var p = new Iri(Ex + predicates[random.Next(predicates.Length)]);
            Term o = random.Next(6) == 0 ? new Literal(random.Next(5).ToString(System.Globalization.CultureInfo.InvariantCulture)) : new Iri(Ex + "n" + random.Next(20));
            source.Add(new Quad(s, p, o));
            if (random.Next(3) == 0)
            {
                source.Add(new Quad(s, p, o, new Iri(Ex + "g" + random.Next(2))));
            }
        }

        return source;
    }

    private static string RandomQuery(Random random)
    {
        var vars = new[] { "?a", "?b", "?c", "?d" };
        string Var() => vars[random.Next(vars.Length)];
        string Link() => "<" + Ex + new[] { "p", "q", "r" }[random.Next(3)] + ">";
        string Path(int depth) => random.Next(depth > 1 ? 2 : 9) switch
        {
            0 or 1 => Link(),
            2 => $"({Path(depth + 1)})+",
            3 => $"^({Path(depth + 1)})",
            4 => $"{Path(depth + 1)}/{Path(depth + 1)}",
            5 => $"({Path(depth + 1)}|{Path(depth + 1)})",
            6 => $"{Link()}+",
            7 => $"({Path(depth + 1)})*",
            _ => $"!({Link()})",
        };
        string Node() => random.Next(6) == 0 ? "<" + Ex + "n" + random.Next(20) + ">" : random.Next(12) == 0 ? "\"1\"" : Var();
        string Triple() => $"{Node()} {Link()} {Node()} .";

        // A triple first (the optimizer keeps a BGP before a path it can seed), then paths and triples.
        var parts = new List<string> { Triple() };
        var n = 1 + random.Next(3);
        for (var i = 0; i < n; i++)
        {
            parts.Add(random.Next(3) == 0 ? Triple() : $"{Var()} {Path(0)} {Node()} .");
        }

        if (random.Next(3) == 0)
        {
            parts.Add($"FILTER({Var()} != {Var()})");
        }

        var body = string.Join(" ", parts);
        // Named graphs: one at a time (ids, the graph's id in each link) and merged (terms, deduplicated).
        return random.Next(6) switch
        {
            0 => $"SELECT ?a (COUNT(DISTINCT ?b) AS ?n) (COUNT(*) AS ?all) WHERE {{ {body} }} GROUP BY ?a",
            1 => $"SELECT DISTINCT ?a ?c WHERE {{ {body} }}",
            2 => $"SELECT * WHERE {{ GRAPH ?g {{ {body} }} }}",
            3 => $"SELECT * FROM <{Ex}g0> FROM <{Ex}g1> WHERE {{ {body} }}",
            _ => $"SELECT * WHERE {{ {body} }}",
        };
    }
}
