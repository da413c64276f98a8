using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Results;

/// <summary>The writers write each row before they pull the next one, so nothing but the current row is held.</summary>
public sealed class StreamingWriterTests
{
    [Theory]
    [InlineData("json")]
    [InlineData("xml")]
    [InlineData("tsv")]
    [InlineData("csv")]
    public void EachRowIsWrittenBeforeTheNextIsPulled(string formatName)
    {
        var format = SparqlResultsFormat.Find(formatName)!;
        var output = new StringWriter();
        var variables = new ResultVariables(["n"]);
        var seenInOutput = new List<bool>();

        IEnumerable<SolutionRow> Rows()
        {
            for (var i = 0; i < 50; i++)
            {
                // By the time row i is asked for, row i-1's value must already be in the output.
                seenInOutput.Add(i == 0 || output.ToString().Contains("value" + (i - 1) + "end", StringComparison.Ordinal));
                yield return new SolutionRow(variables, [new Literal("value" + i + "end")]);
            }
        }

        SparqlResultsWriter.Create(format, output).Write(new SolutionSequence(variables, Rows()));
        Assert.Equal(50, seenInOutput.Count);
        Assert.All(seenInOutput, Assert.True);
    }

    [Fact]
    public void CallsOutOfOrderAreRefused()
    {
        var writer = SparqlResultsWriter.Create(SparqlResultsFormat.Json, new StringWriter());
        var variables = new ResultVariables(["x"]);
        Assert.Throws<InvalidOperationException>(() => writer.WriteRow(new SolutionRow(variables, [null])));
        writer.WriteHead(variables);
        Assert.Throws<InvalidOperationException>(() => writer.WriteBoolean(true));
        Assert.Throws<ArgumentException>(() => writer.WriteRow(new SolutionRow(new ResultVariables(["y"]), [null])));
        writer.WriteEnd();
        Assert.Throws<InvalidOperationException>(() => writer.WriteEnd());
    }

    [Fact]
    public void GraphResultsAreNotSolutionFormats()
    {
        var writer = SparqlResultsWriter.Create(SparqlResultsFormat.Xml, new StringWriter());
        var e = Assert.Throws<ArgumentException>(() => writer.Write(new GraphResult([])));
        Assert.Contains("RDF writer", e.Message, StringComparison.Ordinal);
    }
}
