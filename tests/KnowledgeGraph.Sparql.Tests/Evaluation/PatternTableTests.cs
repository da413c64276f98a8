using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// A pattern's hash table answers every probe with the quads a linear scan would keep: random tables, some with
/// positions every quad shares (a pattern's constants, or a variable that happens to take one value), probed on every
/// combination of bound positions with ids present and absent.
/// </summary>
public sealed class PatternTableTests
{
    [Fact]
    public void ProbesGiveTheQuadsAScanKeeps()
    {
        var random = new Random(31);
        var context = new KnowledgeGraph.Sparql.Evaluation.ExecutionContext(new InMemoryQuadSource(), new VariableTable(), new QueryContext(), EvaluationOptions.Default,
            ActiveGraph.SourceDefault, null);
        for (var round = 0; round < 200; round++)
        {
            // Each position either shared by all quads or drawn from a few ids.
            var shared = new long?[] { random.Next(2) == 0 ? 7 : null, random.Next(2) == 0 ? 8 : null, random.Next(2) == 0 ? 9 : null };
            var quads = Enumerable.Range(0, random.Next(1, 40))
                .Select(_ => new QuadIds(shared[0] ?? random.Next(1, 6), shared[1] ?? random.Next(1, 4), shared[2] ?? random.Next(1, 6), 1))
                .ToList();
            var table = PatternTable.Build(quads, context);
            var scratch = new List<QuadIds>();
            for (var probe = 0; probe < 30; probe++)
            {
                long Pick() => random.Next(3) == 0 ? 0 : random.Next(1, 10);
                var (s, p, o) = (Pick(), Pick(), Pick());
                var expected = quads.Where(q => (s == 0 || q.Subject == s) && (p == 0 || q.Predicate == p) && (o == 0 || q.Obj == o)).ToList();
                Assert.Equal(expected, table.Probe(s, p, o, scratch).ToList());
            }
        }
    }
}
