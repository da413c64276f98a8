using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Results;

/// <summary>Writing random results and reading them back gives the same rows, in the same order.</summary>
public sealed class RoundTripTests
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var format in SparqlResultsFormat.All)
        {
            for (var seed = 1; seed <= 40; seed++)
            {
                data.Add(format.Name, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void WriteThenReadGivesTheSameRows(string formatName, int seed)
    {
        var format = SparqlResultsFormat.Find(formatName)!;
        var random = new RandomResults(seed, xmlSafe: format == SparqlResultsFormat.Xml);
        for (var i = 0; i < 5; i++)
        {
            var original = random.Next().Materialize();
            var text = ResultsText.Write(format, original);
            var back = (SolutionSequence)ResultsText.Read(format, text);
            Assert.Equal(original.Variables, back.Variables);
            var expected = format == SparqlResultsFormat.Csv ? SparqlCsvResultsReader.CsvView(original).Materialize() : original;
            var expectedRows = expected.Rows.Select(r => r.ToString()).ToList();
            var actualRows = back.Rows.Select(r => r.ToString()).ToList();
            Assert.True(expectedRows.SequenceEqual(actualRows), $"{format} seed {seed}.{i}:\n{text}\nexpected:\n{string.Join("\n", expectedRows)}\nactual:\n{string.Join("\n", actualRows)}");
        }
    }

    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    public void BooleansRoundTrip(string formatName)
    {
        var format = SparqlResultsFormat.Find(formatName)!;
        foreach (var value in new[] { true, false })
        {
            var back = ResultsText.Read(format, ResultsText.Write(format, new BooleanResult(value)));
            Assert.Equal(value, Assert.IsType<BooleanResult>(back).Value);
        }
    }

    [Fact]
    public void XmlKeepsCarriageReturnsAndWhitespaceOnlyLiterals()
    {
        var variables = new ResultVariables(["x", "y"]);
        var original = new SolutionSequence(variables, [new SolutionRow(variables, [new Rdf.Model.Literal("a\r\nb\rc"), new Rdf.Model.Literal("  \t ")])]);
        var back = (SolutionSequence)ResultsText.Read(SparqlResultsFormat.Xml, ResultsText.Write(SparqlResultsFormat.Xml, original));
        var row = Assert.Single(back.Rows);
        Assert.Equal("a\r\nb\rc", ((Rdf.Model.Literal)row["x"]!).LexicalForm);
        Assert.Equal("  \t ", ((Rdf.Model.Literal)row["y"]!).LexicalForm);
    }

    [Fact]
    public void XmlRefusesCharactersXmlCannotCarry()
    {
        var variables = new ResultVariables(["x"]);
        var result = new SolutionSequence(variables, [new SolutionRow(variables, [new Rdf.Model.Literal("a\u0001b")])]);
        var e = Assert.Throws<ArgumentException>(() => ResultsText.Write(SparqlResultsFormat.Xml, result));
        Assert.Contains("U+0001", e.Message, StringComparison.Ordinal);
    }
}
