using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Optimizer;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// A correlated EXISTS / NOT EXISTS is costed (see <see cref="ExistsChoice"/>): per row, with a run-time switch to
/// decorrelated, for a small outer side; decorrelated from the start for one the estimate says is large.
/// </summary>
public sealed class ExistsChoiceTests
{
    private const string Prefix = "PREFIX ex: <http://example.org/kg/ontology/>\n";
    private const string Ont = "http://example.org/kg/ontology/";

    /// <summary>A handful of events in one place: EXISTS runs per row (probing from ?event) and never switches.</summary>
    [Fact]
    public void ExistsOverFewOuterRowsRunsPerRow()
    {
        var source = Events(events: 3000, places: 300);
        var query = Prefix + "SELECT ?event WHERE { ?event ex:place <http://example.org/kg/place/7> . "
            + "FILTER EXISTS { ?claim ex:claimedEvent ?event ; ex:stance ex:asserts } }";
        var explain = new SparqlEngine(source).Explain(query);
        Assert.Contains("exists (adaptive on ?event", explain, StringComparison.Ordinal);
        Assert.Contains("stayed per row after 10 probes", explain, StringComparison.Ordinal);
        Assert.Equal(TestRows(source, query, optimize: false), TestRows(source, query, optimize: true));
    }

    /// <summary>Every event as the outer side: the estimate says many, so EXISTS is decorrelated from the start.</summary>
    [Fact]
    public void ExistsOverManyOuterRowsIsDecorrelated()
    {
        var source = Events(events: 3000, places: 300);
        var query = Prefix + "SELECT ?event WHERE { ?event ex:place ?place . "
            + "FILTER NOT EXISTS { ?claim ex:claimedEvent ?event ; ex:stance ex:denies } }";
        var explain = new SparqlEngine(source).Explain(query);
        Assert.Contains("exists (decorrelated on ?event)", explain, StringComparison.Ordinal);
        Assert.DoesNotContain("adaptive", explain, StringComparison.Ordinal);
        Assert.Equal(TestRows(source, query, optimize: false), TestRows(source, query, optimize: true));
    }

    /// <summary>
    /// Filters the estimator takes to cut the outer side to an eighth keep every row: the plan starts per row and
    /// switches to the decorrelated key set at run time, with the same answer.
    /// </summary>
    [Fact]
    public void UnderestimatedOuterSideSwitchesToDecorrelatedAtRunTime()
    {
        var source = Events(events: 3000, places: 300);
        var query = Prefix + "SELECT ?event WHERE { ?event ex:place ?place FILTER(isIRI(?place)) FILTER(isIRI(?event)) FILTER(?place != ?event) "
            + "FILTER(BOUND(?place)) FILTER(!isLiteral(?event)) FILTER(!isBlank(?place)) FILTER(!isBlank(?event)) FILTER(!isLiteral(?place)) "
            + "FILTER EXISTS { ?claim ex:claimedEvent ?event ; ex:stance ex:asserts } }";
        var engine = new SparqlEngine(source);
        var explain = engine.Explain(query);
        Assert.Contains("exists (adaptive on ?event", explain, StringComparison.Ordinal);
        Assert.Contains("switched to decorrelated", explain, StringComparison.Ordinal);
        Assert.Equal(TestRows(source, query, optimize: false), TestRows(source, query, optimize: true));

        // A prepared query run again starts per row again (the switch belongs to one run).
        var prepared = engine.Prepare(SparqlParser.ParseQuery(query));
        var first = ((SolutionSequence)prepared.Execute()).Rows.Count();
        Assert.Equal(first, ((SolutionSequence)prepared.Execute()).Rows.Count());
        Assert.Matches(@"decorrelated after (\d+) rows; last run: switched to decorrelated after \1 probes", prepared.Explain());
    }

    private static List<string> TestRows(IQuadSource source, string query, bool optimize) =>
        [.. ((SolutionSequence)new SparqlEngine(source, new EvaluationOptions { Optimize = optimize }).Query(query)).Rows.Select(TestData.Format).Order(StringComparer.Ordinal)];

    /// <summary>Events spread over places (10 per place), each with 0-3 claims asserting or denying it.</summary>
    private static InMemoryQuadSource Events(int events, int places)
    {
        var source = new InMemoryQuadSource();
        var random = new Random(5);
        var claim = 0;
        for (var e = 0; e < events; e++)
        {
            var ev = new Iri("http://example.org/kg/event/" + e);
            source.Add(new Quad(ev, new Iri(Ont + "place"), new Iri("http://example.org/kg/place/" + (e % places))));
            for (var k = random.Next(4); k > 0; k--)
            {
                var c = new Iri("http://example.org/kg/claim/" + claim++);
                source.Add(new Quad(c, new Iri(Ont + "claimedEvent"), ev));
                source.Add(new Quad(c, new Iri(Ont + "stance"), new Iri(Ont + (random.Next(3) == 0 ? "denies" : "asserts"))));
            }
        }

        return source;
    }
}
