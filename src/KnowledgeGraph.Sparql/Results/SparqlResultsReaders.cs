namespace KnowledgeGraph.Sparql.Results;

/// <summary>Reads SPARQL results in any of the four formats.</summary>
public static class SparqlResultsReaders
{
    /// <summary>Reads a result (solutions, or a boolean for XML and JSON) in the given format.</summary>
    /// <exception cref="SparqlResultsParseException">The input is not well-formed results of that format.</exception>
    public static QueryResult Read(SparqlResultsFormat format, TextReader input, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (format == SparqlResultsFormat.Json)
        {
            return SparqlJsonResultsReader.Read(input, sourceName);
        }

        if (format == SparqlResultsFormat.Xml)
        {
            return SparqlXmlResultsReader.Read(input, sourceName);
        }

        if (format == SparqlResultsFormat.Tsv)
        {
            return SparqlTsvResultsReader.Read(input, sourceName);
        }

        return format == SparqlResultsFormat.Csv
            ? SparqlCsvResultsReader.Read(input, sourceName)
            : throw new ArgumentException($"No SPARQL results reader for {format}.", nameof(format));
    }

    /// <summary>Reads a results file, choosing the format from its extension (.srx, .srj, .tsv, .csv...).</summary>
    public static QueryResult ReadFile(string path)
    {
        var format = SparqlResultsFormat.FromFileName(path)
            ?? throw new ArgumentException($"Cannot tell the SPARQL results format of '{path}' from its extension (expected .srx, .srj, .tsv or .csv).", nameof(path));
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(format, reader, path);
    }
}
