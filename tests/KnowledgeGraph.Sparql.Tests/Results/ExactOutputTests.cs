using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Results;

/// <summary>The writers' output, character for character, for a small result and for booleans.</summary>
public sealed class ExactOutputTests
{
    [Fact]
    public void Json()
    {
        const string expected = """
            {
              "head": {"vars": ["s", "o", "n"]},
              "results": {"bindings": [
                {"s": {"type": "uri", "value": "http://example.org/a"}, "o": {"type": "literal", "value": "chat", "xml:lang": "fr"}, "n": {"type": "literal", "value": "42", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}},
                {"s": {"type": "bnode", "value": "b0"}, "o": {"type": "literal", "value": "say \"hi\",\tthen\nleave"}},
                {"o": {"type": "literal", "value": "2024-01-01", "datatype": "http://www.w3.org/2001/XMLSchema#date"}, "n": {"type": "literal", "value": "1.5e3", "datatype": "http://www.w3.org/2001/XMLSchema#double"}},
                {"s": {"type": "uri", "value": "http://example.org/é"}, "o": {"type": "literal", "value": ""}, "n": {"type": "literal", "value": "true", "datatype": "http://www.w3.org/2001/XMLSchema#boolean"}}
              ]}
            }

            """;
        Assert.Equal(expected, ResultsText.Write(SparqlResultsFormat.Json, SmallResults.EveryKind()));
    }

    [Fact]
    public void Xml()
    {
        const string expected = """
            <?xml version="1.0"?>
            <sparql xmlns="http://www.w3.org/2005/sparql-results#">
              <head>
                <variable name="s"/>
                <variable name="o"/>
                <variable name="n"/>
              </head>
              <results>
                <result>
                  <binding name="s"><uri>http://example.org/a</uri></binding>
                  <binding name="o"><literal xml:lang="fr">chat</literal></binding>
                  <binding name="n"><literal datatype="http://www.w3.org/2001/XMLSchema#integer">42</literal></binding>
                </result>
                <result>
                  <binding name="s"><bnode>b0</bnode></binding>
                  <binding name="o"><literal>say "hi",	then
            leave</literal></binding>
                </result>
                <result>
                  <binding name="o"><literal datatype="http://www.w3.org/2001/XMLSchema#date">2024-01-01</literal></binding>
                  <binding name="n"><literal datatype="http://www.w3.org/2001/XMLSchema#double">1.5e3</literal></binding>
                </result>
                <result>
                  <binding name="s"><uri>http://example.org/é</uri></binding>
                  <binding name="o"><literal></literal></binding>
                  <binding name="n"><literal datatype="http://www.w3.org/2001/XMLSchema#boolean">true</literal></binding>
                </result>
              </results>
            </sparql>

            """;
        Assert.Equal(expected, ResultsText.Write(SparqlResultsFormat.Xml, SmallResults.EveryKind()));
    }

    [Fact]
    public void Tsv()
    {
        const string expected =
            "?s\t?o\t?n\n"
            + "<http://example.org/a>\t\"chat\"@fr\t42\n"
            + "_:b0\t\"say \\\"hi\\\",\\tthen\\nleave\"\t\n"
            + "\t\"2024-01-01\"^^<http://www.w3.org/2001/XMLSchema#date>\t1.5e3\n"
            + "<http://example.org/é>\t\"\"\ttrue\n";
        Assert.Equal(expected, ResultsText.Write(SparqlResultsFormat.Tsv, SmallResults.EveryKind()));
    }

    [Fact]
    public void Csv()
    {
        const string expected =
            "s,o,n\r\n"
            + "http://example.org/a,chat,42\r\n"
            + "_:b0,\"say \"\"hi\"\",\tthen\nleave\",\r\n"
            + ",2024-01-01,1.5e3\r\n"
            + "http://example.org/é,\"\",true\r\n";
        Assert.Equal(expected, ResultsText.Write(SparqlResultsFormat.Csv, SmallResults.EveryKind()));
    }

    [Theory]
    [InlineData("json", true, "{\n  \"head\": {},\n  \"boolean\": true\n}\n")]
    [InlineData("json", false, "{\n  \"head\": {},\n  \"boolean\": false\n}\n")]
    [InlineData("xml", true, "<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n  <head>\n  </head>\n  <boolean>true</boolean>\n</sparql>\n")]
    [InlineData("tsv", false, "?_askResult\nfalse\n")]
    [InlineData("csv", true, "_askResult\r\ntrue\r\n")]
    public void Booleans(string formatName, bool value, string expected) =>
        Assert.Equal(expected, ResultsText.Write(SparqlResultsFormat.Find(formatName)!, new BooleanResult(value)));

    [Theory]
    [InlineData("json", "{\n  \"head\": {\"vars\": [\"x\"]},\n  \"results\": {\"bindings\": []}\n}\n")]
    [InlineData("tsv", "?x\n")]
    [InlineData("csv", "x\r\n")]
    public void NoRows(string formatName, string expected)
    {
        var result = new SolutionSequence(new ResultVariables(["x"]), []);
        Assert.Equal(expected, ResultsText.Write(SparqlResultsFormat.Find(formatName)!, result));
    }

    [Theory]
    [InlineData("12", "http://www.w3.org/2001/XMLSchema#integer", "12")]
    [InlineData("-0", "http://www.w3.org/2001/XMLSchema#integer", "-0")]
    [InlineData("+1.50", "http://www.w3.org/2001/XMLSchema#decimal", "+1.50")]
    [InlineData("1.", "http://www.w3.org/2001/XMLSchema#decimal", "\"1.\"^^<http://www.w3.org/2001/XMLSchema#decimal>")]
    [InlineData("1", "http://www.w3.org/2001/XMLSchema#decimal", "\"1\"^^<http://www.w3.org/2001/XMLSchema#decimal>")]
    [InlineData("1", "http://www.w3.org/2001/XMLSchema#double", "\"1\"^^<http://www.w3.org/2001/XMLSchema#double>")]
    [InlineData(".5E-7", "http://www.w3.org/2001/XMLSchema#double", ".5E-7")]
    [InlineData("NaN", "http://www.w3.org/2001/XMLSchema#double", "\"NaN\"^^<http://www.w3.org/2001/XMLSchema#double>")]
    [InlineData("1", "http://www.w3.org/2001/XMLSchema#boolean", "\"1\"^^<http://www.w3.org/2001/XMLSchema#boolean>")]
    [InlineData("12", "http://www.w3.org/2001/XMLSchema#int", "\"12\"^^<http://www.w3.org/2001/XMLSchema#int>")]
    public void TsvUsesShortFormsOnlyWhenTheyReadBackTheSame(string lexical, string datatype, string expectedField)
    {
        var variables = new ResultVariables(["v"]);
        var result = new SolutionSequence(variables, [new SolutionRow(variables, [new Rdf.Model.Literal(lexical, new Rdf.Model.Iri(datatype))])]);
        Assert.Equal("?v\n" + expectedField + "\n", ResultsText.Write(SparqlResultsFormat.Tsv, result));
    }
}
