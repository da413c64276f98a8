using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Tests.Results;

/// <summary>Writes and reads results through strings, for tests.</summary>
internal static class ResultsText
{
    public static string Write(SparqlResultsFormat format, QueryResult result)
    {
        var text = new StringWriter();
        SparqlResultsWriter.Create(format, text).Write(result);
        return text.ToString();
    }

    public static QueryResult Read(SparqlResultsFormat format, string text) =>
        SparqlResultsReaders.Read(format, new StringReader(text), "test." + format.Name);
}
