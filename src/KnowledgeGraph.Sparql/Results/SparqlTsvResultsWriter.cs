using System.Text;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Writes SPARQL TSV results: a header of <c>?var</c> names, then one line per row with each term in
/// N-Triples form (Turtle short forms for integers, decimals, doubles and booleans whose lexical form
/// allows it), an empty field for unbound, tabs between fields and <c>\n</c> after each line. Tabs and
/// line ends inside literals are escaped by the N-Triples form, so a line is always one row.
/// For ASK (which the TSV spec does not cover) it writes a one-variable result <c>?_askResult</c>, as Jena does.
/// </summary>
public sealed class SparqlTsvResultsWriter : SparqlResultsWriter
{
    private readonly StringBuilder _line = new();

    public SparqlTsvResultsWriter(TextWriter output)
        : base(output)
    {
    }

    public override SparqlResultsFormat Format => SparqlResultsFormat.Tsv;

    private protected override void WriteHeadCore(ResultVariables variables)
    {
        Output.Write(string.Join('\t', variables.Select(v => "?" + v)));
        Output.Write('\n');
    }

    private protected override void WriteRowCore(SolutionRow row)
    {
        _line.Clear();
        for (var i = 0; i < row.Count; i++)
        {
            if (i > 0)
            {
                _line.Append('\t');
            }

            if (row[i] is { } term)
            {
                TsvTermSyntax.Append(_line, term);
            }
        }

        _line.Append('\n');
        Output.Write(_line);
    }

    private protected override void WriteEndCore()
    {
    }

    private protected override void WriteBooleanCore(bool value) => Output.Write(value ? "?_askResult\ntrue\n" : "?_askResult\nfalse\n");
}
