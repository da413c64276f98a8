using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Conformance.Tests.SparqlResults;

/// <summary>
/// What is checked for one W3C result file: it reads; and written in each of the four formats and read
/// back, it gives the same result (for CSV, the same as the CSV view of the original, CSV being lossy).
/// Writing in all four formats and reading back is what makes the XML and JSON readers and writers agree
/// with each other on every real result in the suites, not just on the few files that exist in both forms.
/// </summary>
public static class SparqlResultFileCheck
{
    public static (bool Passed, string Detail) Run(string path)
    {
        QueryResult original;
        try
        {
            original = SparqlResultsReaders.ReadFile(path);
        }
        catch (SparqlResultsParseException e)
        {
            return (false, $"{path}: does not read: {e.Message}");
        }

        if (original is SolutionSequence s)
        {
            original = s.Materialize();
        }

        var sourceFormat = SparqlResultsFormat.FromFileName(path)!;
        foreach (var format in SparqlResultsFormat.All)
        {
            if (original is BooleanResult && (format == SparqlResultsFormat.Csv || format == SparqlResultsFormat.Tsv))
            {
                continue; // CSV and TSV have no boolean form.
            }

            var text = new StringWriter();
            try
            {
                SparqlResultsWriter.Create(format, text).Write(original);
            }
            catch (ArgumentException e)
            {
                return (false, $"{path}: cannot be written as {format}: {e.Message}");
            }

            QueryResult back;
            try
            {
                back = SparqlResultsReaders.Read(format, new StringReader(text.ToString()), format.Name);
            }
            catch (SparqlResultsParseException e)
            {
                return (false, $"{path}: written as {format}, does not read back: {e.Message}\n{text}");
            }

            var expected = format == SparqlResultsFormat.Csv && sourceFormat != SparqlResultsFormat.Csv
                ? SparqlCsvResultsReader.CsvView((SolutionSequence)original)
                : original;
            if (ResultsEquivalence.Difference(expected, back, ordered: true) is { } difference)
            {
                return (false, $"{path}: written as {format} and read back, it differs: {difference}");
            }
        }

        var rows = original is SolutionSequence seq ? $"{seq.Rows.Count()} rows of {seq.Variables.Count} variables" : $"boolean {original}";
        return (true, $"{path}: {rows}; round trips through JSON, XML, TSV, CSV");
    }
}
