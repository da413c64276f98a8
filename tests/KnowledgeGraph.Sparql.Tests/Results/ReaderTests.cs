using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Results;

/// <summary>Readers on hand-written input: the forms other writers use, and clear errors on bad input.</summary>
public sealed class ReaderTests
{
    [Fact]
    public void XmlReadsEveryTermKindAndKeepsBlankNodeLabels()
    {
        const string xml = """
            <?xml version="1.0"?>
            <sparql xmlns="http://www.w3.org/2005/sparql-results#">
              <head><variable name="a"/><variable name="b"/><link href="meta.ttl"/></head>
              <results ordered="false" distinct="false">
                <result>
                  <binding name="a"><bnode>r1</bnode></binding>
                  <binding name="b"><literal xml:lang="EN">x &amp; <![CDATA[<y>]]></literal></binding>
                </result>
                <result>
                  <!-- a comment -->
                  <binding name="b"><literal datatype="http://www.w3.org/2001/XMLSchema#string">plain</literal></binding>
                </result>
                <result/>
              </results>
            </sparql>
            """;
        var result = (SolutionSequence)ResultsText.Read(SparqlResultsFormat.Xml, xml);
        Assert.Equal(["a", "b"], result.Variables);
        var rows = result.Rows.ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(new BlankNode("r1"), rows[0]["a"]);
        Assert.Equal(new Literal("x & <y>", "en"), rows[0]["b"]);
        Assert.Null(rows[1]["a"]);
        Assert.Equal(new Literal("plain"), rows[1]["b"]);
        Assert.Null(rows[2][0]);
        Assert.Null(rows[2][1]);
    }

    [Fact]
    public void XmlRefusesDtdsSoNoEntityIsEverExpanded()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE sparql [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <sparql xmlns="http://www.w3.org/2005/sparql-results#">
              <head><variable name="a"/></head>
              <results><result><binding name="a"><literal>&xxe;</literal></binding></result></results>
            </sparql>
            """;
        var e = Assert.Throws<SparqlResultsParseException>(() => ResultsText.Read(SparqlResultsFormat.Xml, xml));
        Assert.Contains("DTD", e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("test.xml:", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"><head/><results><result><binding name=\"z\"><uri>http://x</uri></binding></result></results></sparql>", "not in <head>")]
    [InlineData("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"><head/><boolean>yes</boolean></sparql>", "expected true or false")]
    [InlineData("<sparql xmlns=\"http://example.org/other#\"><head/></sparql>", "expected <sparql>")]
    [InlineData("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"><head><variable name=\"a\"/></head><results><result><binding name=\"a\"></binding></result></results></sparql>", "expected <uri>, <bnode> or <literal>")]
    [InlineData("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"><head><variable name=\"a\"/></head><results><result><binding name=\"a\"><uri>http://x</uri></binding>", "")]
    public void XmlErrorsSayWhatIsWrongAndWhere(string xml, string fragment)
    {
        var e = Assert.Throws<SparqlResultsParseException>(() => ResultsText.Read(SparqlResultsFormat.Xml, xml));
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("test.xml:1:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonReadsMembersInAnyOrderAndTheOldTypedLiteralType()
    {
        const string json = """
            { "results": { "bindings": [
                { "x": { "value": "5", "type": "typed-literal", "datatype": "http://www.w3.org/2001/XMLSchema#integer" },
                  "y": { "type": "literal", "value": "hé", "xml:lang": "de-CH" } },
                { "y": { "type": "bnode", "value": "n7" } } ] },
              "head": { "link": [], "vars": [ "x", "y" ] } }
            """;
        var result = (SolutionSequence)ResultsText.Read(SparqlResultsFormat.Json, json);
        var rows = result.Rows.ToList();
        Assert.Equal(new Literal("5", Xsd.Integer), rows[0]["x"]);
        Assert.Equal(new Literal("hé", "de-ch"), rows[0]["y"]);
        Assert.Null(rows[1]["x"]);
        Assert.Equal(new BlankNode("n7"), rows[1]["y"]);
    }

    [Theory]
    [InlineData("{\"head\": {\"vars\": [\"x\"]}, \"results\": {\"bindings\": [{\"x\": {\"type\": \"iri\", \"value\": \"http://x\"}}]}}", "unknown type \"iri\"")]
    [InlineData("{\"head\": {\"vars\": [\"x\"]}, \"results\": {\"bindings\": [{\"y\": {\"type\": \"uri\", \"value\": \"http://x\"}}]}}", "binds 'y', which is not in \"head.vars\"")]
    [InlineData("{\"head\": {\"vars\": [\"x\"]}}", "no \"results\" object")]
    [InlineData("{\"head\": {}, \"boolean\": \"true\"}", "expected true or false")]
    [InlineData("{\"head\": {\"vars\": [\"x\"]},\n \"results\": {\"bindings\": [}", "test.json:2:")]
    public void JsonErrorsSayWhatIsWrong(string json, string fragment)
    {
        var e = Assert.Throws<SparqlResultsParseException>(() => ResultsText.Read(SparqlResultsFormat.Json, json));
        Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TsvReadsTurtleTermForms()
    {
        const string tsv = "?a\t$b\r\n"
            + "<http://x/\\u00E9>\t'single \\'quoted\\''\r\n"
            + "\"\"\"long \"quoted\" \"\"\"@EN-us\t\"x\"^^<http://www.w3.org/2001/XMLSchema#string>\r\n"
            + "-5\t1E3\n"
            + "\t\n"
            + ".5\tfalse\n";
        var rows = ((SolutionSequence)ResultsText.Read(SparqlResultsFormat.Tsv, tsv)).Rows.ToList();
        Assert.Equal(5, rows.Count);
        Assert.Equal(new Iri("http://x/é"), rows[0]["a"]);
        Assert.Equal(new Literal("single 'quoted'"), rows[0]["b"]);
        Assert.Equal(new Literal("long \"quoted\" ", "en-us"), rows[1]["a"]);
        Assert.Equal(new Literal("x"), rows[1]["b"]);
        Assert.Equal(new Literal("-5", Xsd.Integer), rows[2]["a"]);
        Assert.Equal(new Literal("1E3", Xsd.Double), rows[2]["b"]);
        Assert.Null(rows[3]["a"]);
        Assert.Null(rows[3]["b"]);
        Assert.Equal(new Literal(".5", Xsd.Decimal), rows[4]["a"]);
        Assert.Equal(new Literal("false", Xsd.Boolean), rows[4]["b"]);
    }

    [Theory]
    [InlineData("x\ty\n", "test.tsv:1:1: header field 'x' is not a variable")]
    [InlineData("?x\n<http://a>\t<http://b>\n", "test.tsv:2:1: 2 fields on a row of a 1-variable result")]
    [InlineData("?x\t?y\n<http://a>\tex:b\n", "test.tsv:2:12: ?y: 'ex:b' is not an RDF term")]
    [InlineData("?x\n\"abc\n", "test.tsv:2:1: ?x: a literal without its closing quote")]
    [InlineData("?x\n\"a\"@1en\n", "test.tsv:2:5: ?x: '1en' is not a well-formed language tag")]
    [InlineData("?x\n\"a\\q\"\n", "test.tsv:2:4: ?x: unknown escape '\\q'")]
    public void TsvErrorsCarryLineAndColumn(string tsv, string expectedStart)
    {
        var e = Assert.Throws<SparqlResultsParseException>(() => ResultsText.Read(SparqlResultsFormat.Tsv, tsv));
        Assert.StartsWith(expectedStart, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvGivesBackWhatTheTextCanTell()
    {
        const string csv = "x,y,z\r\n"
            + "http://example.org/a,_:b1,42\r\n"
            + "\"multi\r\nline, \"\"quoted\"\"\",,\"\"\n"
            + "not an iri: spaces,urn:x,chat\n";
        var rows = ((SolutionSequence)ResultsText.Read(SparqlResultsFormat.Csv, csv)).Rows.ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(new Iri("http://example.org/a"), rows[0]["x"]);
        Assert.Equal(new BlankNode("b1"), rows[0]["y"]);
        Assert.Equal(new Literal("42"), rows[0]["z"]);
        Assert.Equal(new Literal("multi\r\nline, \"quoted\""), rows[1]["x"]);
        Assert.Null(rows[1]["y"]);
        Assert.Equal(new Literal(string.Empty), rows[1]["z"]);
        Assert.Equal(new Literal("not an iri: spaces"), rows[2]["x"]);
        Assert.Equal(new Iri("urn:x"), rows[2]["y"]);
    }

    [Theory]
    [InlineData("x\n\"open\n", "test.csv:2: a quoted field is not closed")]
    [InlineData("x,y\na\n", "test.csv:2:1: 1 fields on a row of a 2-variable result")]
    [InlineData("x\na\"b\n", "test.csv:2: a '\"' inside an unquoted field")]
    [InlineData("x\n\"a\"b\n", "test.csv:2: unexpected 'b' after a quoted field")]
    public void CsvErrors(string csv, string expectedStart)
    {
        var e = Assert.Throws<SparqlResultsParseException>(() => ResultsText.Read(SparqlResultsFormat.Csv, csv));
        Assert.StartsWith(expectedStart, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ZeroVariableResultsKeepTheirRowCount()
    {
        var variables = ResultVariables.Empty;
        var result = new SolutionSequence(variables, [new SolutionRow(variables, []), new SolutionRow(variables, [])]);
        foreach (var format in SparqlResultsFormat.All)
        {
            var back = (SolutionSequence)ResultsText.Read(format, ResultsText.Write(format, result));
            Assert.Empty(back.Variables);
            Assert.True(back.Rows.Count() == 2, $"{format}: {back.Rows.Count()} rows");
        }
    }
}
