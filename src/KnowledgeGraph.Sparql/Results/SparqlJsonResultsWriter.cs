using System.Globalization;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Writes "SPARQL 1.1 Query Results JSON Format": <c>head.vars</c>, then <c>results.bindings</c> with one
/// object per row holding its bound variables only. Terms are <c>{"type": "uri"|"literal"|"bnode", "value": ...}</c>,
/// literals with <c>xml:lang</c> or a <c>datatype</c> (omitted for xsd:string, and for language-tagged
/// strings, whose datatype is implied). Non-ASCII text is written as is (the output is UTF-8 text);
/// control characters and lone surrogates are escaped.
/// </summary>
public sealed class SparqlJsonResultsWriter : SparqlResultsWriter
{
    private string[] _keys = [];
    private bool _firstRow = true;

    public SparqlJsonResultsWriter(TextWriter output)
        : base(output)
    {
    }

    public override SparqlResultsFormat Format => SparqlResultsFormat.Json;

    private protected override void WriteHeadCore(ResultVariables variables)
    {
        _keys = variables.Select(Quote).ToArray();
        Output.Write("{\n  \"head\": {\"vars\": [");
        Output.Write(string.Join(", ", _keys));
        Output.Write("]},\n  \"results\": {\"bindings\": [");
    }

    private protected override void WriteRowCore(SolutionRow row)
    {
        Output.Write(_firstRow ? "\n    {" : ",\n    {");
        _firstRow = false;
        var first = true;
        for (var i = 0; i < row.Count; i++)
        {
            if (row[i] is not { } term)
            {
                continue;
            }

            if (!first)
            {
                Output.Write(", ");
            }

            first = false;
            Output.Write(_keys[i]);
            Output.Write(": ");
            WriteTerm(term);
        }

        Output.Write('}');
    }

    private protected override void WriteEndCore() => Output.Write(_firstRow ? "]}\n}\n" : "\n  ]}\n}\n");

    private protected override void WriteBooleanCore(bool value) =>
        Output.Write(value ? "{\n  \"head\": {},\n  \"boolean\": true\n}\n" : "{\n  \"head\": {},\n  \"boolean\": false\n}\n");

    private void WriteTerm(Term term)
    {
        switch (term)
        {
            case Iri iri:
                Output.Write("{\"type\": \"uri\", \"value\": ");
                WriteString(iri.Value);
                break;
            case BlankNode b:
                Output.Write("{\"type\": \"bnode\", \"value\": ");
                WriteString(b.Label);
                break;
            case Literal l:
                Output.Write("{\"type\": \"literal\", \"value\": ");
                WriteString(l.LexicalForm);
                if (l.Language is not null)
                {
                    Output.Write(", \"xml:lang\": ");
                    WriteString(l.Language);
                }
                else if (l.Datatype.Value != Xsd.StringIri)
                {
                    Output.Write(", \"datatype\": ");
                    WriteString(l.Datatype.Value);
                }

                break;
            default:
                throw new ArgumentException($"Cannot write {term.Kind} as a result value.", nameof(term));
        }

        Output.Write('}');
    }

    private void WriteString(string value)
    {
        Output.Write('"');
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var needsEscape = c < ' ' || c == '"' || c == '\\'
                || (char.IsHighSurrogate(c) && (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])))
                || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1])));
            if (!needsEscape)
            {
                continue;
            }

            Output.Write(value.AsSpan(start, i - start));
            start = i + 1;
            Output.Write(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
        }

        Output.Write(value.AsSpan(start));
        Output.Write('"');
    }

    private static string Quote(string name)
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture);
        new SparqlJsonResultsWriter(sw).WriteString(name);
        return sw.ToString();
    }
}
