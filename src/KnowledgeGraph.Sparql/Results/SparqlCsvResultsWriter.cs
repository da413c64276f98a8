using System.Text;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Writes SPARQL CSV results (RFC 4180): a header of variable names without <c>?</c>, then one record per
/// row with plain values: the IRI itself, a literal's lexical form (no language or datatype), <c>_:label</c>
/// for a blank node, an empty field for unbound. Records end with CRLF. Fields holding a quote, comma, CR
/// or LF are quoted with doubled quotes; so is an empty literal (<c>""</c>), which keeps it apart from unbound.
/// For ASK (which the CSV spec does not cover) it writes a one-variable result <c>_askResult</c>, as Jena does.
/// </summary>
public sealed class SparqlCsvResultsWriter : SparqlResultsWriter
{
    private readonly StringBuilder _line = new();

    public SparqlCsvResultsWriter(TextWriter output)
        : base(output)
    {
    }

    public override SparqlResultsFormat Format => SparqlResultsFormat.Csv;

    /// <summary>The plain value CSV writes for a term.</summary>
    public static string PlainValue(Term term) => term switch
    {
        Iri iri => iri.Value,
        Literal l => l.LexicalForm,
        BlankNode b => "_:" + b.Label,
        _ => throw new ArgumentException($"Cannot write {term.Kind} as a result value.", nameof(term)),
    };

    private protected override void WriteHeadCore(ResultVariables variables)
    {
        _line.Clear();
        for (var i = 0; i < variables.Count; i++)
        {
            if (i > 0)
            {
                _line.Append(',');
            }

            AppendField(_line, variables[i], quoteEmpty: false);
        }

        _line.Append("\r\n");
        Output.Write(_line);
    }

    private protected override void WriteRowCore(SolutionRow row)
    {
        _line.Clear();
        for (var i = 0; i < row.Count; i++)
        {
            if (i > 0)
            {
                _line.Append(',');
            }

            if (row[i] is { } term)
            {
                AppendField(_line, PlainValue(term), quoteEmpty: true);
            }
        }

        _line.Append("\r\n");
        Output.Write(_line);
    }

    private protected override void WriteEndCore()
    {
    }

    private protected override void WriteBooleanCore(bool value) => Output.Write(value ? "_askResult\r\ntrue\r\n" : "_askResult\r\nfalse\r\n");

    private static void AppendField(StringBuilder sb, string value, bool quoteEmpty)
    {
        if ((value.Length == 0 && quoteEmpty) || value.AsSpan().IndexOfAny("\",\r\n") >= 0)
        {
            sb.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            sb.Append(value);
        }
    }
}
