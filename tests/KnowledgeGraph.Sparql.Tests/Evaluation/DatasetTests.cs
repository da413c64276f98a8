using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Evaluation;

/// <summary>How the query's dataset is built over the source: FROM / FROM NAMED, protocol overrides, union default graph.</summary>
public sealed class DatasetTests
{
    private static readonly InMemoryQuadSource Source = TestData.Source("""
        :s :p "default" .
        :g1 { :s :p "one" . }
        :g2 { :s :p "two" . :s :p "one" . }
        """);

    private static List<string> Values(string query, QueryDataset? dataset = null) =>
        [.. ((SolutionSequence)new SparqlEngine(Source).Query("PREFIX : <http://example.org/> " + query, dataset: dataset)).Rows
            .Select(r => ((Literal)r["o"]!).LexicalForm).Order(StringComparer.Ordinal)];

    [Fact]
    public void DefaultGraphIsTheSourceDefaultGraph() => Assert.Equal(["default"], Values("SELECT ?o WHERE { ?s ?p ?o }"));

    [Fact]
    public void FromMergesGraphsAndCountsEachTripleOnce() =>
        Assert.Equal(["one", "two"], Values("SELECT ?o FROM :g1 FROM :g2 WHERE { ?s ?p ?o }"));

    [Fact]
    public void FromNamedRestrictsGraphAndLeavesTheDefaultGraphEmpty()
    {
        Assert.Equal(["one"], Values("SELECT ?o FROM NAMED :g1 WHERE { GRAPH ?g { ?s ?p ?o } }"));
        Assert.Empty(Values("SELECT ?o FROM NAMED :g1 WHERE { ?s ?p ?o }"));
    }

    [Fact]
    public void ProtocolDatasetOverridesTheQuery()
    {
        var dataset = new QueryDataset(DefaultGraphs: [new Iri("http://example.org/g2")]);
        Assert.Equal(["one", "two"], Values("SELECT ?o FROM :g1 WHERE { ?s ?p ?o }", dataset));
    }

    [Fact]
    public void UnionDefaultGraphSeesEveryGraphOnce() =>
        Assert.Equal(["default", "one", "two"], Values("SELECT ?o WHERE { ?s ?p ?o }", new QueryDataset(UnionDefaultGraph: true)));

    /// <summary>DESCRIBE reads the description from the query's default graph: the union default graph, FROM graphs.</summary>
    [Fact]
    public void DescribeReadsTheDatasetItRunsOn()
    {
        List<string> Described(string query, QueryDataset? dataset = null) =>
            [.. ((GraphResult)new SparqlEngine(Source).Query("PREFIX : <http://example.org/> " + query, dataset: dataset)).Quads
                .Select(q => ((Literal)q.Obj).LexicalForm).Order(StringComparer.Ordinal)];

        Assert.Equal(["default"], Described("DESCRIBE :s"));
        Assert.Equal(["default", "one", "two"], Described("DESCRIBE :s", new QueryDataset(UnionDefaultGraph: true)));
        Assert.Equal(["one", "two"], Described("DESCRIBE :s FROM :g1 FROM :g2"));
        Assert.Equal(["one"], Described("DESCRIBE ?x FROM :g1 WHERE { ?x :p \"one\" }"));
        Assert.Empty(Described("DESCRIBE :s FROM NAMED :g1"));
    }

    [Fact]
    public void DecorrelatedExistsIsComputedPerNamedGraph() =>
        Assert.Equal(["two"], Values("SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o FILTER NOT EXISTS { ?s ?p \"default\" } FILTER NOT EXISTS { ?x ?y ?o . FILTER(?o = \"one\") } } }"));
}
