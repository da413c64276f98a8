using System.Buffers;
using System.Globalization;
using System.Text;
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
    // Characters a JSON string cannot hold as they are; surrogates are checked apart (only lone ones are escaped).
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    // One row is built here and handed to the output in one call: many small writes cost more than the copy.
    private readonly StringBuilder _row = new();
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
        _row.Clear();
        _row.Append(_firstRow ? "\n    {" : ",\n    {");
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
                _row.Append(", ");
            }

            first = false;
            _row.Append(_keys[i]).Append(": ");
            AppendTerm(_row, term);
        }

        _row.Append('}');
        Output.Write(_row);
    }

    private protected override void WriteEndCore() => Output.Write(_firstRow ? "]}\n}\n" : "\n  ]}\n}\n");

    private protected override void WriteBooleanCore(bool value) =>
        Output.Write(value ? "{\n  \"head\": {},\n  \"boolean\": true\n}\n" : "{\n  \"head\": {},\n  \"boolean\": false\n}\n");

    private static void AppendTerm(StringBuilder sb, Term term)
    {
        switch (term)
        {
            case Iri iri:
                sb.Append("{\"type\": \"uri\", \"value\": ");
                AppendString(sb, iri.Value);
                break;
            case BlankNode b:
                sb.Append("{\"type\": \"bnode\", \"value\": ");
                AppendString(sb, b.Label);
                break;
            case Literal l:
                sb.Append("{\"type\": \"literal\", \"value\": ");
                AppendString(sb, l.LexicalForm);
                if (l.Language is not null)
                {
                    sb.Append(", \"xml:lang\": ");
                    AppendString(sb, l.Language);
                }
                else if (l.Datatype.Value != Xsd.StringIri)
                {
                    sb.Append(", \"datatype\": ");
                    AppendString(sb, l.Datatype.Value);
                }

                break;
            default:
                throw new ArgumentException($"Cannot write {term.Kind} as a result value.", nameof(term));
        }

        sb.Append('}');
    }

    private static void AppendString(StringBuilder sb, string value)
    {
        sb.Append('"');
        var span = value.AsSpan();
        if (span.IndexOfAny(Special) < 0 && !span.ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            sb.Append(value).Append('"');
            return;
        }

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

            sb.Append(span[start..i]);
            start = i + 1;
            sb.Append(c switch
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

        sb.Append(span[start..]).Append('"');
    }

    private static string Quote(string name)
    {
        var sb = new StringBuilder(name.Length + 2);
        AppendString(sb, name);
        return sb.ToString();
    }
}
