using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// Random queries over a small generated, blank-node-free graph, evaluated with the optimizer (filter push-down,
/// BGP reordering, constant folding, EXISTS decorrelation) and without it: the answers must be the same multiset.
/// </summary>
public sealed class OptimizerDifferentialTests
{
    private const string Ex = "http://example.org/";
    private static readonly string[] Predicates = ["p", "q", "r"];

    [Fact]
    public void OptimizedAndPlainPlansAgreeOnRandomQueries()
    {
        var random = new Random(20261125);
        var source = Graph(random);
        var failures = new List<string>();
        var parsed = 0;
        var nonEmpty = 0;
        for (var i = 0; i < 300; i++)
        {
            var query = RandomQuery(random);
            var optimized = Answer(source, query, optimize: true);
            var plain = Answer(source, query, optimize: false);
            parsed += optimized is ["(parse error)"] ? 0 : 1;
            nonEmpty += optimized.Count > 0 && optimized is not ["(parse error)"] ? 1 : 0;
            if (!optimized.SequenceEqual(plain))
            {
                failures.Add($"{query}\n  optimized: {optimized.Count} rows, plain: {plain.Count} rows");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));

        // The generator must exercise the engine: nearly every query parses, and many have answers.
        Assert.True(parsed > 280, $"only {parsed} of 300 random queries parsed");
        Assert.True(nonEmpty > 100, $"only {nonEmpty} of 300 random queries had answers");
    }

    /// <summary>
    /// The same kind of random queries on the three ways a BGP can run: term level (a source without ids), id level
    /// with index probes, and id level with every probed pattern hashed at once (a source whose seeks are dear).
    /// </summary>
    [Fact]
    public void TermLevelIdLevelAndHashedPatternsAgree()
    {
        var random = new Random(4_2026);
        var source = Graph(random);
        var failures = new List<string>();
        var nonEmpty = 0;
        for (var i = 0; i < 300; i++)
        {
            var query = RandomQuery(random);
            var ids = Answer(source, query, optimize: true);
            var terms = Answer(new TestSources.TermOnly(source), query, optimize: true);
            var hashed = Answer(new TestSources.DearSeek(source), query, optimize: true);
            nonEmpty += ids.Count > 0 && ids is not ["(parse error)"] ? 1 : 0;
            if (!ids.SequenceEqual(terms) || !ids.SequenceEqual(hashed))
            {
                failures.Add($"{query}\n  ids: {ids.Count} rows, terms: {terms.Count} rows, hashed: {hashed.Count} rows");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
        Assert.True(nonEmpty > 100, $"only {nonEmpty} of 300 random queries had answers");
    }

    /// <summary>ORDER BY with LIMIT / OFFSET keeps a bounded heap: its rows must be the full sort's, in the same order (ties included).</summary>
    [Fact]
    public void TopKOrderByGivesTheFullSortsRows()
    {
        var random = new Random(77);
        var source = Graph(random);
        var checkedQueries = 0;
        for (var i = 0; i < 200; i++)
        {
            var keys = string.Join(" ", Enumerable.Range(0, 1 + random.Next(3)).Select(_ =>
                (random.Next(2) == 0 ? "DESC" : "ASC") + "(" + new[] { "?a", "?b", "?c" }[random.Next(3)] + ")"));
            var body = $"SELECT ?a ?b ?c WHERE {{ ?a <{Ex}p> ?b . OPTIONAL {{ ?b <{Ex}q> ?c }} }} ORDER BY {keys}";
            var offset = random.Next(5);
            var limit = random.Next(1, 30);
            var all = TestData.OrderedRows(source, body);
            var page = TestData.OrderedRows(source, $"{body} LIMIT {limit} OFFSET {offset}");
            Assert.Equal(all.Skip(offset).Take(limit).ToList(), page);
            checkedQueries += all.Count > limit + offset ? 1 : 0;
        }

        Assert.True(checkedQueries > 100, $"only {checkedQueries} queries had more rows than their page");
        Assert.Contains("(top 7)", new SparqlEngine(source).Explain($"SELECT ?a WHERE {{ ?a <{Ex}p> ?b }} ORDER BY ?b LIMIT 5 OFFSET 2"), StringComparison.Ordinal);
    }

    internal static InMemoryQuadSource Graph(Random random)
    {
        var source = new InMemoryQuadSource();
        for (var i = 0; i < 120; i++)
        {
            var s = new Iri(Ex + "n" + random.Next(25));
            var p = new Iri(Ex + Predicates[random.Next(Predicates.Length)]);
            Term o = random.Next(3) == 0 ? new Literal(random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture), KnowledgeGraph.Rdf.Vocabulary.Xsd.Integer) : new Iri(Ex + "n" + random.Next(25));
            source.Add(new Quad(s, p, o));
            if (random.Next(4) == 0)
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
        string Pred() => "<" + Ex + Predicates[random.Next(Predicates.Length)] + ">";
        string Node() => random.Next(4) == 0 ? "<" + Ex + "n" + random.Next(25) + ">" : Var();
        string Triple() => $"{Node()} {Pred()} {Node()} .";
        string Filter() => random.Next(4) switch
        {
            0 => $"FILTER(BOUND({Var()}))",
            1 => $"FILTER({Var()} != {Var()})",
            2 => $"FILTER(isIRI({Var()}) && 1 + 1 = 2)",
            _ => $"FILTER(!({Var()} < 5))",
        };
        string Group(int depth)
        {
            var parts = new List<string>();
            var n = 1 + random.Next(3);
            for (var i = 0; i < n; i++)
            {
                parts.Add(random.Next(depth > 1 ? 1 : 7) switch
                {
                    0 or 1 or 2 => Triple(),
                    3 => $"OPTIONAL {{ {Group(depth + 1)} }}",
                    4 => $"{{ {Group(depth + 1)} }} UNION {{ {Group(depth + 1)} }}",
                    5 => random.Next(2) == 0 ? $"FILTER NOT EXISTS {{ {Group(depth + 1)} }}" : $"MINUS {{ {Group(depth + 1)} }}",
                    _ => $"GRAPH ?g {{ {Triple()} }}",
                });
            }

            if (random.Next(2) == 0)
            {
                parts.Add(Filter());
            }

            if (random.Next(5) == 0)
            {
                parts.Add($"BIND(COALESCE({Var()}, 0) AS ?e{random.Next(1000)})");
            }

            return string.Join(" ", parts);
        }

        var body = Group(0);
        return random.Next(5) == 0
            ? $"SELECT ?a (COUNT(*) AS ?n) WHERE {{ {body} }} GROUP BY ?a"
            : $"SELECT * WHERE {{ {body} }}";
    }

    private static List<string> Answer(IQuadSource source, string query, bool optimize)
    {
        try
        {
            return Differential.Answer(source, query, optimize);
        }
        catch (global::KnowledgeGraph.Sparql.Syntax.SparqlParseException)
        {
            return ["(parse error)"];
        }
    }
}
