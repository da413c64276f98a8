using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Tests.Syntax;

/// <summary>
/// The algebra-to-SPARQL printer SERVICE uses: printed text must parse and must mean what the algebra meant. The
/// W3C test is differential: every SELECT of the SPARQL 1.0 and 1.1 query folders is evaluated as parsed and as
/// printed-then-reparsed, over the Turtle files of its folder, and the answers must be the same multiset.
/// </summary>
public sealed class SparqlTextPrinterTests
{
    [Fact]
    public void PrintsABasicPatternWithFullIrisAndTheProjection()
    {
        var query = (SelectQuery)SparqlParser.ParseQuery("PREFIX : <http://example.org/> SELECT ?s WHERE { ?s :p \"x\"@en ; :q 3 }");
        var text = SparqlTextPrinter.SelectQuery(query.Pattern, query.Variables);
        Assert.Equal("SELECT ?s WHERE { { { SELECT ?s WHERE { ?s <http://example.org/p> \"x\"@en . ?s <http://example.org/q> \"3\"^^<http://www.w3.org/2001/XMLSchema#integer> . } } } }", text);
        Assert.IsType<SelectQuery>(SparqlParser.ParseQuery(text));

        var group = SparqlTextPrinter.GroupGraphPattern(((Project)SparqlParser.ParseQuery("SELECT * { ?s <http://example.org/p> ?o OPTIONAL { ?o <http://example.org/q> ?x } }").Pattern).Input);
        Assert.Equal("{ ?s <http://example.org/p> ?o . OPTIONAL { ?o <http://example.org/q> ?x . } }", group);
    }

    [Fact]
    public void BlankNodesAndGeneratedVariablesGetFreshNamesThatDoNotClash()
    {
        var query = (SelectQuery)SparqlParser.ParseQuery(
            "PREFIX : <http://example.org/> SELECT ?_kg0 (COUNT(?x) AS ?n) WHERE { ?_kg0 :p [ :q ?x ] } GROUP BY ?_kg0");
        var text = SparqlTextPrinter.SelectQuery(query.Pattern, query.Variables);
        Assert.DoesNotContain("?.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("??", text, StringComparison.Ordinal);
        Assert.Contains("?__kg", text, StringComparison.Ordinal); // the user's ?_kg0 pushed the fresh prefix aside
        var reparsed = SparqlParser.ParseQuery(text);
        var source = Source("<http://example.org/a> <http://example.org/p> _:b . _:b <http://example.org/q> 1 . _:b <http://example.org/q> 2 .");
        Assert.Equal(Rows(source, query), Rows(source, reparsed));
    }

    [Fact]
    public void ValuesCarryUndefAndLeaveBlankNodesOut()
    {
        var pattern = SparqlParser.ParseQuery("SELECT * WHERE { ?s ?p ?o }").Pattern;
        var values = new Table(
            [new Variable("s"), new Variable("o")],
            [[new Iri("http://example.org/a"), null], [new BlankNode("b1"), new Literal("x")]]);
        var text = SparqlTextPrinter.SelectQuery(pattern, [new Variable("s")], values);
        Assert.Contains("VALUES (?s ?o) { (<http://example.org/a> UNDEF) (UNDEF \"x\") }", text, StringComparison.Ordinal);
        Assert.IsType<SelectQuery>(SparqlParser.ParseQuery(text));
    }

    [SkippableFact]
    public void EveryW3CSelectMeansTheSameAfterPrintingAndReparsing()
    {
        var root = Environment.GetEnvironmentVariable("KG_W3C_TESTS");
        Skip.If(root is null || !Directory.Exists(Path.Combine(root, "sparql")), "KG_W3C_TESTS is not set: the W3C suites are needed for this test.");
        var folders = Directory.GetDirectories(Path.Combine(root!, "sparql", "sparql11"))
            .Concat(Directory.GetDirectories(Path.Combine(root!, "sparql", "sparql10")))
            .Where(f => !f.EndsWith("service", StringComparison.Ordinal));
        var compared = 0;
        var failures = new List<string>();
        foreach (var folder in folders)
        {
            IQuadSource? source = null;
            foreach (var file in Directory.GetFiles(folder, "*.rq"))
            {
                var text = File.ReadAllText(file);
                if (text.Contains("RAND", StringComparison.OrdinalIgnoreCase) || text.Contains("UUID", StringComparison.OrdinalIgnoreCase)
                    || text.Contains("BNODE", StringComparison.OrdinalIgnoreCase) || text.Contains("SERVICE", StringComparison.OrdinalIgnoreCase))
                {
                    continue; // answers that differ between two runs, or that need an endpoint
                }

                Query query;
                try
                {
                    query = SparqlParser.ParseQuery(text, "http://example.org/base/" + Path.GetFileName(file));
                }
                catch (SparqlParseException)
                {
                    continue; // negative syntax tests
                }

                if (query is not SelectQuery select || select.Dataset.IsSpecified)
                {
                    continue;
                }

                source ??= FolderData(folder);
                string printed = string.Empty;
                try
                {
                    printed = SparqlTextPrinter.SelectQuery(select.Pattern, select.Variables, baseIri: select.Prologue.BaseIri);
                    var reparsed = SparqlParser.ParseQuery(printed);
                    var expected = Evaluate(source, select);
                    var actual = Evaluate(source, reparsed);
                    if (expected is null)
                    {
                        continue; // the original does not evaluate (timeout, unsupported): nothing to compare
                    }

                    compared++;
                    var difference = actual is null ? "the printed query failed" : ResultsEquivalence.Difference(expected, Project(actual, ((SolutionSequence)expected).Variables));
                    if (difference is not null)
                    {
                        failures.Add($"{file}: {difference}\n  printed: {printed}");
                    }
                }
                catch (Exception e) when (e is SparqlParseException or NotSupportedException)
                {
                    failures.Add($"{file}: {e.Message}\n  printed: {printed}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {compared} differ:\n" + string.Join("\n", failures.Take(8)));
        Assert.True(compared > 300, $"only {compared} W3C SELECT queries were compared");
    }

    private static QueryResult? Evaluate(IQuadSource source, Query query)
    {
        try
        {
            var options = new EvaluationOptions { Timeout = TimeSpan.FromSeconds(10), Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) };
            return ((SolutionSequence)new SparqlEngine(source, options).Query(query)).Materialize();
        }
        catch (Exception e) when (e is SparqlEvaluationException or Expressions.QueryTimeoutException or QueryLimitException)
        {
            return null;
        }
    }

    // A query projecting no variable prints as SELECT *, which adds fresh variables: compare on the original's.
    private static SolutionSequence Project(QueryResult result, ResultVariables variables)
    {
        var s = (SolutionSequence)result;
        return new SolutionSequence(variables, s.Rows.Select(r => new SolutionRow(variables, [.. variables.Select(v => r[v])])).ToList());
    }

    private static InMemoryQuadSource FolderData(string folder)
    {
        var source = new InMemoryQuadSource();
        foreach (var file in Directory.GetFiles(folder, "*.ttl").Where(f => !Path.GetFileName(f).StartsWith("manifest", StringComparison.Ordinal)))
        {
            try
            {
                using var text = File.OpenText(file);
                foreach (var quad in RdfReaders.Create(RdfFormat.Turtle, text, new RdfReaderOptions { BaseIri = new Uri(file).AbsoluteUri }).ReadQuads())
                {
                    source.Add(quad);
                }
            }
            catch (RdfParseException)
            {
                // negative syntax tests among the data files
            }
        }

        return source;
    }

    private static InMemoryQuadSource Source(string turtle)
    {
        using var text = new StringReader(turtle);
        return new InMemoryQuadSource(RdfReaders.Create(RdfFormat.Turtle, text, new RdfReaderOptions()).ReadQuads());
    }

    private static List<string> Rows(IQuadSource source, Query query) =>
        [.. ((SolutionSequence)new SparqlEngine(source).Query(query)).Rows.Select(r => r.ToString()).Order(StringComparer.Ordinal)];
}
