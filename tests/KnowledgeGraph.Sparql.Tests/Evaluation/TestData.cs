using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>Builds sources from Turtle/TriG text and runs queries, returning rows as readable strings.</summary>
internal static class TestData
{
    public const string Prefixes = "@prefix : <http://example.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n";

    public static InMemoryQuadSource Source(string trig)
    {
        using var text = new StringReader(Prefixes + trig);
        var reader = RdfReaders.Create(RdfFormat.TriG, text, new RdfReaderOptions { BaseIri = "http://example.org/" });
        return new InMemoryQuadSource(reader.ReadQuads());
    }

    public static QueryResult Run(IQuadSource source, string query, EvaluationOptions? options = null) =>
        new SparqlEngine(source, options).Query("PREFIX : <http://example.org/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n" + query);

    /// <summary>Each row as "?a=term ?b=term" (unbound variables left out), sorted, so tests compare multisets.</summary>
    public static List<string> Rows(IQuadSource source, string query, EvaluationOptions? options = null) =>
        [.. ((SolutionSequence)Run(source, query, options)).Rows.Select(Format).Order(StringComparer.Ordinal)];

    public static List<string> OrderedRows(IQuadSource source, string query) =>
        [.. ((SolutionSequence)Run(source, query)).Rows.Select(Format)];

    public static string Format(SolutionRow row) =>
        string.Join(" ", row.Bindings.Select(b => $"?{b.Key}={b.Value}"));
}
