using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Results;

using static KnowledgeGraph.Sparql.Tests.Evaluation.Differential;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// Random queries whose inner patterns run per outer row or once: OPTIONAL groups of several patterns (ordered from
/// the left's variables in a bind left join, as unbound in a hash one), nested OPTIONALs, FILTER EXISTS / NOT EXISTS
/// (per row with a run-time switch, or decorrelated), MINUS, EXISTS inside OPTIONAL and OPTIONAL inside EXISTS.
/// Optimized plans on the id, term and hashed-pattern paths must give the plain evaluation's rows.
/// </summary>
public sealed class CorrelatedDifferentialTests
{
    private const string Ex = "http://example.org/";
    private static readonly string[] Predicates = ["p", "q", "r"];

    [Fact]
    public void OptimizedCorrelatedPatternsAgreeWithPlainEvaluation()
    {
        var random = new Random(2026_1125_4);
        var source = OptimizerDifferentialTests.Graph(random);
        var failures = new List<string>();
        var nonEmpty = 0;
        var adaptive = 0;
        var switched = 0;
        for (var i = 0; i < 300; i++)
        {
            var query = RandomQuery(random);
            var plain = Answer(source, query, optimize: false);
            var ids = Answer(source, query, optimize: true);
            var terms = Answer(new TestSources.TermOnly(source), query, optimize: true);
            var hashed = Answer(new TestSources.DearSeek(source), query, optimize: true);
            nonEmpty += plain.Count > 0 ? 1 : 0;
            var explain = new SparqlEngine(source).Explain(query);
            adaptive += explain.Contains("exists (adaptive", StringComparison.Ordinal) ? 1 : 0;
            switched += explain.Contains("switched to decorrelated", StringComparison.Ordinal) ? 1 : 0;
            if (!ids.SequenceEqual(plain) || !terms.SequenceEqual(plain) || !hashed.SequenceEqual(plain))
            {
                failures.Add($"{query}\n  plain: {plain.Count} rows, ids: {ids.Count}, terms: {terms.Count}, hashed: {hashed.Count}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
        Assert.True(nonEmpty > 100, $"only {nonEmpty} of 300 random queries had answers");

        // Both sides of the EXISTS choice are exercised: per row throughout, and switched at run time.
        Assert.True(adaptive > 30, $"only {adaptive} of 300 random queries planned an adaptive EXISTS");
        Assert.True(switched > 5, $"only {switched} of 300 random queries switched an EXISTS to decorrelated");
    }

    private static string RandomQuery(Random random)
    {
        var vars = new[] { "?a", "?b", "?c", "?d" };
        string Var() => vars[random.Next(vars.Length)];
        string Pred() => "<" + Ex + Predicates[random.Next(Predicates.Length)] + ">";
        string Node() => random.Next(5) == 0 ? "<" + Ex + "n" + random.Next(25) + ">" : Var();
        string Triple() => $"{Node()} {Pred()} {Node()} .";
        string Triples(int n) => string.Join(" ", Enumerable.Range(0, n).Select(_ => Triple()));

        // A chain from a variable the outer side likely binds, so the group is correlated and worth ordering.
        string Chain()
        {
            var from = Var();
            var mid = "?m" + random.Next(2);
            var to = Var();
            return random.Next(2) == 0
                ? $"{from} {Pred()} {mid} . {mid} {Pred()} {to} ."
                : $"{mid} {Pred()} {to} . {from} {Pred()} {mid} .";
        }

        string Inner(int depth) => random.Next(depth > 1 ? 3 : 6) switch
        {
            0 => Chain(),
            1 => Triples(1 + random.Next(2)),
            2 => Chain() + " " + Triple(),
            3 => $"{Chain()} OPTIONAL {{ {Inner(depth + 1)} }}",
            4 => $"{Triple()} FILTER {(random.Next(2) == 0 ? "NOT " : string.Empty)}EXISTS {{ {Inner(depth + 1)} }}",
            _ => $"{Triple()} MINUS {{ {Inner(depth + 1)} }}",
        };

        var parts = new List<string> { Triples(1 + random.Next(2)) };
        var n = 1 + random.Next(3);
        for (var i = 0; i < n; i++)
        {
            parts.Add(random.Next(6) switch
            {
                0 or 1 => $"OPTIONAL {{ {Inner(1)} }}",
                2 => $"FILTER EXISTS {{ {Inner(1)} }}",
                3 => $"FILTER NOT EXISTS {{ {Inner(1)} }}",
                4 => $"MINUS {{ {Inner(1)} }}",
                _ => $"OPTIONAL {{ {Chain()} FILTER({Var()} != {Var()}) }}",
            });
        }

        if (random.Next(4) == 0)
        {
            parts.Add($"FILTER(isIRI({Var()}))");
        }

        var body = string.Join(" ", parts);
        return random.Next(6) == 0
            ? $"SELECT ?a (COUNT(*) AS ?n) WHERE {{ {body} }} GROUP BY ?a"
            : $"SELECT * WHERE {{ {body} }}";
    }
}
