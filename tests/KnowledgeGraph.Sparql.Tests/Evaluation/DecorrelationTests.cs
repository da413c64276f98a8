using System.Diagnostics;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>
/// The peer query q8 (NOT EXISTS over a grouped subquery) must be planned as an anti-join computed once, not
/// re-evaluated per row: checked in the plan and by the answer on generated data.
/// </summary>
public sealed class DecorrelationTests
{
    private const string Q8 = """
        PREFIX ex: <http://example.org/kg/ontology/>
        SELECT ?event ?asserts WHERE {
          {
            SELECT ?event (COUNT(?claim) AS ?asserts) WHERE {
              ?claim ex:claimedEvent ?event ;
                     ex:stance ex:asserts .
            }
            GROUP BY ?event
            HAVING (COUNT(?claim) >= 2)
          }
          FILTER NOT EXISTS { ?denial ex:claimedEvent ?event ; ex:stance ex:denies . }
        }
        """;

    [Fact]
    public void NotExistsOverAGroupedSubqueryIsDecorrelated()
    {
        var (source, expected) = Claims(events: 2000);
        var engine = new SparqlEngine(source);
        var watch = Stopwatch.StartNew();
        var rows = ((SolutionSequence)engine.Query(Q8)).Rows.Select(r => ((Iri)r["event"]!).Value).Order(StringComparer.Ordinal).ToList();
        watch.Stop();
        Assert.Equal(expected, rows);
        Assert.Contains("exists (decorrelated on ?event)", engine.Explain(Q8), StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"q8 took {watch.Elapsed}");
    }

    [Fact]
    public void CorrelatedExistsWithAFilterOnTheOuterVariableStaysPerRow()
    {
        var (source, _) = Claims(events: 20);
        var query = "PREFIX ex: <http://example.org/kg/ontology/> SELECT ?c WHERE { ?c ex:stance ?s FILTER EXISTS { ?d ex:claimedEvent ?e FILTER(?d = ?c) } }";
        var engine = new SparqlEngine(source);
        Assert.Contains("exists (per row)", engine.Explain(query), StringComparison.Ordinal);
        Assert.Equal(
            ((SolutionSequence)engine.Query(query)).Rows.Count(),
            ((SolutionSequence)new SparqlEngine(source, new KnowledgeGraph.Sparql.Evaluation.EvaluationOptions { Optimize = false }).Query(query)).Rows.Count());
    }

    /// <summary>
    /// The decorrelated anti-join's key set belongs to one execution: a prepared query run again after the data
    /// changed must see the new denial (the set used to live as long as the prepared query).
    /// </summary>
    [Fact]
    public void PreparedQueryReExecutedAfterAChangeSeesTheChange()
    {
        var (source, expected) = Claims(events: 40);
        var prepared = new SparqlEngine(source).Prepare(KnowledgeGraph.Sparql.Syntax.SparqlParser.ParseQuery(Q8));
        List<string> Run() => [.. ((SolutionSequence)prepared.Execute()).Rows.Select(r => ((Iri)r["event"]!).Value).Order(StringComparer.Ordinal)];
        Assert.Equal(expected, Run());

        const string ont = "http://example.org/kg/ontology/";
        var victim = new Iri(expected[0]);
        var denial = new Iri("http://example.org/kg/claim/new-denial");
        source.Add(new Quad(denial, new Iri(ont + "claimedEvent"), victim));
        source.Add(new Quad(denial, new Iri(ont + "stance"), new Iri(ont + "denies")));
        Assert.Equal(expected.Skip(1).ToList(), Run());
    }

    /// <summary>Events with 0-3 asserting claims and sometimes a denial; the expected answer computed directly.</summary>
    private static (InMemoryQuadSource Source, List<string> Expected) Claims(int events)
    {
        const string ont = "http://example.org/kg/ontology/";
        var claimedEvent = new Iri(ont + "claimedEvent");
        var stance = new Iri(ont + "stance");
        var asserts = new Iri(ont + "asserts");
        var denies = new Iri(ont + "denies");
        var source = new InMemoryQuadSource();
        var expected = new List<string>();
        var claim = 0;
        for (var e = 0; e < events; e++)
        {
            var ev = new Iri("http://example.org/kg/event/" + e);
            var assertCount = e % 4;
            var denied = e % 5 == 0;
            for (var i = 0; i < assertCount; i++)
            {
                var c = new Iri("http://example.org/kg/claim/" + claim++);
                source.Add(new Quad(c, claimedEvent, ev));
                source.Add(new Quad(c, stance, asserts));
            }

            if (denied)
            {
                var c = new Iri("http://example.org/kg/claim/" + claim++);
                source.Add(new Quad(c, claimedEvent, ev));
                source.Add(new Quad(c, stance, denies));
            }

            if (assertCount >= 2 && !denied)
            {
                expected.Add(ev.Value);
            }
        }

        expected.Sort(StringComparer.Ordinal);
        return (source, expected);
    }
}
