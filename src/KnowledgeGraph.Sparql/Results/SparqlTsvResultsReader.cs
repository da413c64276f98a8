using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Reads "SPARQL 1.1 Query Results CSV and TSV Formats", TSV part: a header of <c>?var</c> names separated
/// by tabs, then one line per row with the terms in Turtle/N-Triples syntax (short forms for numbers and
/// booleans) and an empty field for an unbound variable. TSV is lossless except for blank-node labels'
/// scope. Every line after the header is a row (an empty line is a row with all variables unbound, or
/// the empty row of a result with no variables). Rows are read into memory.
/// </summary>
public static class SparqlTsvResultsReader
{
    public static SolutionSequence Read(TextReader input, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var header = input.ReadLine() ?? throw new SparqlResultsParseException("empty input: expected a header line of ?variables", sourceName, 1, 1);
        var variables = ReadHeader(StripCr(header), sourceName);
        var rows = new List<SolutionRow>();
        var lineNumber = 1;
        while (input.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = StripCr(raw);
            var values = new Term?[variables.Count];
            if (variables.Count == 0)
            {
                if (line.Length != 0)
                {
                    throw new SparqlResultsParseException("a row with values in a result without variables", sourceName, lineNumber, 1);
                }

                rows.Add(new SolutionRow(variables, values));
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != variables.Count)
            {
                throw new SparqlResultsParseException($"{fields.Length} fields on a row of a {variables.Count}-variable result", sourceName, lineNumber, 1);
            }

            var column = 1;
            for (var i = 0; i < fields.Length; i++)
            {
                var field = fields[i];
                if (field.Length > 0)
                {
                    var fieldLine = lineNumber;
                    var fieldColumn = column;
                    values[i] = TsvTermSyntax.Parse(field, (offset, description) =>
                        new SparqlResultsParseException($"?{variables[i]}: {description}", sourceName, fieldLine, fieldColumn + offset));
                }

                column += field.Length + 1;
            }

            rows.Add(new SolutionRow(variables, values));
        }

        return new SolutionSequence(variables, rows);
    }

    private static ResultVariables ReadHeader(string header, string? sourceName)
    {
        if (header.Length == 0)
        {
            return ResultVariables.Empty;
        }

        var names = new List<string>();
        var column = 1;
        foreach (var field in header.Split('\t'))
        {
            if (field.Length < 2 || field[0] is not ('?' or '$'))
            {
                throw new SparqlResultsParseException($"header field '{field}' is not a variable: expected ?name", sourceName, 1, column);
            }

            var name = field[1..];
            if (ResultVariables.Problem(name) is { } problem)
            {
                throw new SparqlResultsParseException(problem, sourceName, 1, column);
            }

            if (names.Contains(name, StringComparer.Ordinal))
            {
                throw new SparqlResultsParseException($"the variable '{name}' appears twice in the header", sourceName, 1, column);
            }

            names.Add(name);
            column += field.Length + 1;
        }

        return new ResultVariables(names);
    }

    private static string StripCr(string line) => line.EndsWith('\r') ? line[..^1] : line;
}
