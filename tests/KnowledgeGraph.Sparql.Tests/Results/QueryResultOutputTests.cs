using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Results;

public sealed class QueryResultOutputTests
{
    [Theory]
    [InlineData("json", "json")]
    [InlineData("xml", "xml")]
    [InlineData("ntriples", "ntriples")]
    [InlineData("nt", "ntriples")]
    [InlineData("text/turtle", "turtle")]
    [InlineData("trig", "trig")]
    public void FindsSparqlAndRdfFormats(string name, string expected) => Assert.Equal(expected, QueryResultOutput.Find(name)?.Name);

    [Fact]
    public void UnknownOrUnwritableFormatsGiveNull()
    {
        Assert.Null(QueryResultOutput.Find("yaml"));
        Assert.Null(QueryResultOutput.Find("jsonld")); // an RDF format without a writer yet
    }

    [Fact]
    public void GraphsAreWrittenWithAnRdfWriter()
    {
        var graph = new GraphResult(
        [
            new Quad(new Iri("http://example.org/a"), new Iri("http://example.org/p"), new Literal("x")),
            new Quad(new BlankNode("b1"), new Iri("http://example.org/p"), new Literal("1", Rdf.Vocabulary.Xsd.Integer)),
        ]);
        var text = new StringWriter();
        QueryResultOutput.Find("ntriples")!.Write(graph, text);
        Assert.Equal(
            "<http://example.org/a> <http://example.org/p> \"x\" .\n_:b1 <http://example.org/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n",
            text.ToString());
    }

    [Fact]
    public void MismatchesSayWhichFormatsFit()
    {
        var graph = new GraphResult([]);
        var solutions = new SolutionSequence(ResultVariables.Empty, []);
        Assert.Equal("a CONSTRUCT or DESCRIBE query gives a graph, which 'json' cannot carry: use ntriples, nquads, turtle, trig", QueryResultOutput.Find("json")!.Mismatch(graph));
        Assert.Equal("a SELECT query gives solutions, which 'turtle' cannot carry: use json, xml, csv, tsv", QueryResultOutput.Find("turtle")!.Mismatch(solutions));
        Assert.Equal("an ASK query gives a boolean, which 'nquads' cannot carry: use json, xml, csv, tsv", QueryResultOutput.Find("nquads")!.Mismatch(BooleanResult.True));
        Assert.Throws<ArgumentException>(() => QueryResultOutput.Find("turtle")!.Write(solutions, new StringWriter()));
        Assert.Null(QueryResultOutput.Find("tsv")!.Mismatch(solutions));
    }

    [Fact]
    public void DefaultsAreTsvForSolutionsAndTurtleForGraphs()
    {
        Assert.Equal("tsv", QueryResultOutput.DefaultFor(BooleanResult.False).Name);
        Assert.Equal("turtle", QueryResultOutput.DefaultFor(new GraphResult([])).Name);
    }

    [Theory]
    [InlineData(null, false, "json")]
    [InlineData("text/csv", false, "csv")]
    [InlineData("text/turtle", false, null)]
    [InlineData(null, true, "turtle")]
    [InlineData("*/*", true, "turtle")]
    [InlineData("application/n-triples, text/turtle;q=0.5", true, "ntriples")]
    [InlineData("application/trig", true, "trig")]
    [InlineData("application/sparql-results+json", true, null)]
    public void NegotiatesByResultKind(string? accept, bool graph, string? expected)
    {
        QueryResult result = graph ? new GraphResult([]) : BooleanResult.True;
        Assert.Equal(expected, QueryResultOutput.Negotiate(accept, result)?.Name);
    }
}
