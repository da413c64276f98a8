using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// SELECT DISTINCT over a BGP runs on the source's ids ("distinct on ids" in the plan). Each query is compared,
/// rows and order, with the same query whose BGP sits in a SELECT * subquery, which keeps DISTINCT on terms.
/// </summary>
public sealed class IdDistinctTests
{
    private const string Prefix = "PREFIX : <http://e/> ";

    public static TheoryData<string, string> Queries => new()
    {
        { "SELECT DISTINCT ?o WHERE { ?s :p ?o }", "SELECT DISTINCT ?o WHERE { { SELECT * WHERE { ?s :p ?o } } }" },
        { "SELECT DISTINCT ?s ?t WHERE { ?s :p ?o . ?o :q ?t }", "SELECT DISTINCT ?s ?t WHERE { { SELECT * WHERE { ?s :p ?o . ?o :q ?t } } }" },
        { "SELECT DISTINCT ?t WHERE { ?o :q ?t }", "SELECT DISTINCT ?t WHERE { { SELECT * WHERE { ?o :q ?t } } }" },
        { "SELECT ?s ?o WHERE { VALUES ?s { :s3 :s5 :nobody } { SELECT DISTINCT ?s ?o WHERE { ?s :p ?o } } }", "SELECT ?s ?o WHERE { VALUES ?s { :s3 :s5 :nobody } { SELECT DISTINCT ?s ?o WHERE { { SELECT * WHERE { ?s :p ?o } } } } }" },
        { "SELECT ?g ?o WHERE { GRAPH ?g { SELECT DISTINCT ?o WHERE { ?s :p ?o } } }", "SELECT ?g ?o WHERE { GRAPH ?g { SELECT DISTINCT ?o WHERE { { SELECT * WHERE { ?s :p ?o } } } } }" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void DistinctOnIdsGivesTheRowsOfDistinctOnTerms(string onIds, string onTerms)
    {
        var engine = new SparqlEngine(Data());
        Assert.Contains("distinct on ids", engine.Explain(Prefix + onIds), StringComparison.Ordinal);
        Assert.DoesNotContain("distinct on ids", engine.Explain(Prefix + onTerms), StringComparison.Ordinal);
        var expected = Rows(engine, onTerms);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Rows(engine, onIds));
    }

    [Fact]
    public void ProjectingAVariableTheBgpDoesNotBindStaysOnTerms()
    {
        var engine = new SparqlEngine(Data());
        Assert.DoesNotContain("distinct on ids", engine.Explain(Prefix + "SELECT DISTINCT ?o ?x WHERE { ?s :p ?o }"), StringComparison.Ordinal);
    }

    /// <summary>Rows in the order produced (DISTINCT keeps the first occurrence of each).</summary>
    private static List<string> Rows(SparqlEngine engine, string query) =>
        ((SolutionSequence)engine.Query(Prefix + query)).Rows
            .Select(r => string.Join(" ", r.Bindings.Select(b => $"{b.Key}={b.Value}").Order(StringComparer.Ordinal)))
            .ToList();

    /// <summary>Repeated objects across subjects, equal-valued but distinct literals ("1" and "01"), two graphs.</summary>
    private static InMemoryQuadSource Data()
    {
        static Iri E(string name) => new("http://e/" + name);
        var integer = new Iri("http://www.w3.org/2001/XMLSchema#integer");
        var quads = new List<Quad>();
        for (var s = 0; s < 30; s++)
        {
            for (var o = 0; o < s % 10; o++)
            {
                var obj = E("o" + (((s * 7) + o) % 13));
                quads.Add(new Quad(E("s" + s), E("p"), obj));
                quads.Add(new Quad(E("s" + s), E("p"), obj, E("g" + (s % 2))));
            }
        }

        for (var o = 0; o < 13; o++)
        {
            quads.Add(new Quad(E("o" + o), E("q"), new Literal((o % 4).ToString(System.Globalization.CultureInfo.InvariantCulture), integer)));
            quads.Add(new Quad(E("o" + o), E("q"), new Literal("0" + (o % 3).ToString(System.Globalization.CultureInfo.InvariantCulture), integer)));
        }

        return new InMemoryQuadSource(quads);
    }
}
