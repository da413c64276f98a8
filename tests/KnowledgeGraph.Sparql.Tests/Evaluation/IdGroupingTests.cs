using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// GROUP BY with COUNTs directly over a BGP runs on the source's ids ("group on ids" in the plan). Each query is
/// compared with the same query whose BGP sits in a SELECT * subquery, which keeps the grouping on terms.
/// </summary>
public sealed class IdGroupingTests
{
    private const string Prefix = "PREFIX : <http://e/> ";

    public static TheoryData<string, string> Queries => new()
    {
        { "SELECT ?s (COUNT(?o) AS ?n) WHERE { ?s :p ?o } GROUP BY ?s", "SELECT ?s (COUNT(?o) AS ?n) WHERE { { SELECT * WHERE { ?s :p ?o } } } GROUP BY ?s" },
        { "SELECT ?s (COUNT(DISTINCT ?t) AS ?n) (COUNT(*) AS ?all) WHERE { ?s :p ?o . ?o :q ?t } GROUP BY ?s", "SELECT ?s (COUNT(DISTINCT ?t) AS ?n) (COUNT(*) AS ?all) WHERE { { SELECT * WHERE { ?s :p ?o . ?o :q ?t } } } GROUP BY ?s" },
        { "SELECT ?s ?t (COUNT(?o) AS ?n) WHERE { ?s :p ?o . ?o :q ?t } GROUP BY ?s ?t", "SELECT ?s ?t (COUNT(?o) AS ?n) WHERE { { SELECT * WHERE { ?s :p ?o . ?o :q ?t } } } GROUP BY ?s ?t" },
        { "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?o) AS ?d) WHERE { ?s :p ?o }", "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?o) AS ?d) WHERE { { SELECT * WHERE { ?s :p ?o } } }" },
        { "SELECT (COUNT(*) AS ?n) WHERE { ?s :absent ?o }", "SELECT (COUNT(*) AS ?n) WHERE { { SELECT * WHERE { ?s :absent ?o } } }" },
        { "SELECT ?s (COUNT(?o) AS ?n) WHERE { ?s :absent ?o } GROUP BY ?s", "SELECT ?s (COUNT(?o) AS ?n) WHERE { { SELECT * WHERE { ?s :absent ?o } } } GROUP BY ?s" },
        { "SELECT ?s ?n WHERE { VALUES ?s { :s1 :s3 :nobody } { SELECT ?s (COUNT(?o) AS ?n) WHERE { ?s :p ?o } GROUP BY ?s } }", "SELECT ?s ?n WHERE { VALUES ?s { :s1 :s3 :nobody } { SELECT ?s (COUNT(?o) AS ?n) WHERE { { SELECT * WHERE { ?s :p ?o } } } GROUP BY ?s } }" },
        { "SELECT ?g ?s ?n WHERE { GRAPH ?g { SELECT ?s (COUNT(?o) AS ?n) WHERE { ?s :p ?o } GROUP BY ?s } }", "SELECT ?g ?s ?n WHERE { GRAPH ?g { SELECT ?s (COUNT(?o) AS ?n) WHERE { { SELECT * WHERE { ?s :p ?o } } } GROUP BY ?s } }" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void GroupingOnIdsGivesTheRowsOfGroupingOnTerms(string onIds, string onTerms)
    {
        var engine = new SparqlEngine(Data());
        Assert.Contains("group on ids", engine.Explain(Prefix + onIds), StringComparison.Ordinal);
        Assert.DoesNotContain("group on ids", engine.Explain(Prefix + onTerms), StringComparison.Ordinal);
        var expected = Rows(engine, onTerms);
        if (!onIds.Contains(":absent", StringComparison.Ordinal))
        {
            Assert.NotEmpty(expected);
        }

        Assert.Equal(expected, Rows(engine, onIds));
    }

    [Fact]
    public void SumOrAnExpressionKeyStaysOnTerms()
    {
        var engine = new SparqlEngine(Data());
        Assert.DoesNotContain("group on ids", engine.Explain(Prefix + "SELECT ?s (SUM(?o) AS ?n) WHERE { ?s :p ?o } GROUP BY ?s"), StringComparison.Ordinal);
        Assert.DoesNotContain("group on ids", engine.Explain(Prefix + "SELECT ?k (COUNT(?o) AS ?n) WHERE { ?s :p ?o } GROUP BY (STR(?s) AS ?k)"), StringComparison.Ordinal);
    }

    private static List<string> Rows(SparqlEngine engine, string query) =>
        ((SolutionSequence)engine.Query(Prefix + query)).Rows
            .Select(r => string.Join(" ", r.Bindings.Select(b => $"{b.Key}={b.Value}").Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Subjects with 0-9 objects, repeated objects across subjects, equal-valued but distinct literals, two graphs.</summary>
    private static InMemoryQuadSource Data()
    {
        static Iri E(string name) => new("http://e/" + name);
        var quads = new List<Quad>();
        for (var s = 0; s < 30; s++)
        {
            for (var o = 0; o < s % 10; o++)
            {
                var obj = E("o" + ((s * 7) + o) % 13);
                quads.Add(new Quad(E("s" + s), E("p"), obj));
                quads.Add(new Quad(E("s" + s), E("p"), obj, E("g" + (s % 2))));
            }
        }

        for (var o = 0; o < 13; o++)
        {
            quads.Add(new Quad(E("o" + o), E("q"), new Literal((o % 4).ToString(System.Globalization.CultureInfo.InvariantCulture), new Iri("http://www.w3.org/2001/XMLSchema#integer"))));
            quads.Add(new Quad(E("o" + o), E("q"), new Literal("0" + (o % 3).ToString(System.Globalization.CultureInfo.InvariantCulture), new Iri("http://www.w3.org/2001/XMLSchema#integer"))));
        }

        return new InMemoryQuadSource(quads);
    }
}
