using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// What the differential tests compare: a query's rows as sorted text (multiset equality, order ignored) with the
/// optimizer on or off, and the plan part of <c>--explain</c>. Imported with <c>using static</c>.
/// </summary>
internal static class Differential
{
    public static List<string> Answer(IQuadSource source, string query, bool optimize)
    {
        var result = (SolutionSequence)new SparqlEngine(source, new EvaluationOptions { Optimize = optimize }).Query(query);
        return [.. result.Rows.Select(TestData.Format).Order(StringComparer.Ordinal)];
    }

    /// <summary>The optimized plan with its estimated and actual rows (the algebra before it left out).</summary>
    public static string Plan(SparqlEngine engine, string query)
    {
        var text = engine.Explain(query);
        return text[text.IndexOf("; plan", StringComparison.Ordinal)..];
    }
}
