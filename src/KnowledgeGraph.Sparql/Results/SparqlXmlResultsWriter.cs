using System.Buffers;
using System.Text;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// Writes "SPARQL Query Results XML Format (Second Edition)". Written by hand rather than with XmlWriter
/// so that every character survives a round trip: carriage returns are written as <c>&amp;#xD;</c> (an XML
/// parser would turn a raw CR LF into LF), and tabs and line ends in attributes as character references.
/// Characters XML 1.0 cannot carry at all (most C0 controls, U+FFFE, U+FFFF, lone surrogates) make the
/// writer throw rather than emit a document no parser accepts.
/// </summary>
public sealed class SparqlXmlResultsWriter : SparqlResultsWriter
{
    // Characters that need an entity, a character reference or a validity check; the rest is copied as it is.
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    // One row is built here and handed to the output in one call.
    private readonly StringBuilder _row = new();
    private string[] _bindingOpeners = [];

    public SparqlXmlResultsWriter(TextWriter output)
        : base(output)
    {
    }

    public override SparqlResultsFormat Format => SparqlResultsFormat.Xml;

    private protected override void WriteHeadCore(ResultVariables variables)
    {
        Output.Write("<?xml version=\"1.0\"?>\n<sparql xmlns=\"" + SparqlXmlResultsReader.Namespace + "\">\n  <head>\n");
        _bindingOpeners = new string[variables.Count];
        for (var i = 0; i < variables.Count; i++)
        {
            var name = EscapeAttribute(variables[i]);
            Output.Write("    <variable name=\"" + name + "\"/>\n");
            _bindingOpeners[i] = "      <binding name=\"" + name + "\">";
        }

        Output.Write("  </head>\n  <results>\n");
    }

    private protected override void WriteRowCore(SolutionRow row)
    {
        var sb = _row.Clear();
        sb.Append("    <result>\n");
        for (var i = 0; i < row.Count; i++)
        {
            if (row[i] is not { } term)
            {
                continue;
            }

            sb.Append(_bindingOpeners[i]);
            switch (term)
            {
                case Iri iri:
                    AppendText(sb.Append("<uri>"), iri.Value).Append("</uri>");
                    break;
                case BlankNode b:
                    AppendText(sb.Append("<bnode>"), b.Label).Append("</bnode>");
                    break;
                case Literal l:
                    if (l.Language is not null)
                    {
                        sb.Append("<literal xml:lang=\"").Append(EscapeAttribute(l.Language)).Append("\">");
                    }
                    else if (l.Datatype.Value != Xsd.StringIri)
                    {
                        sb.Append("<literal datatype=\"").Append(EscapeAttribute(l.Datatype.Value)).Append("\">");
                    }
                    else
                    {
                        sb.Append("<literal>");
                    }

                    AppendText(sb, l.LexicalForm).Append("</literal>");
                    break;
                default:
                    throw new ArgumentException($"Cannot write {term.Kind} as a result value.", nameof(row));
            }

            sb.Append("</binding>\n");
        }

        sb.Append("    </result>\n");
        Output.Write(sb);
    }

    private protected override void WriteEndCore() => Output.Write("  </results>\n</sparql>\n");

    private protected override void WriteBooleanCore(bool value) =>
        Output.Write("<?xml version=\"1.0\"?>\n<sparql xmlns=\"" + SparqlXmlResultsReader.Namespace + "\">\n  <head>\n  </head>\n  <boolean>"
            + (value ? "true" : "false") + "</boolean>\n</sparql>\n");

    private static StringBuilder AppendText(StringBuilder sb, string value)
    {
        var span = value.AsSpan();
        if (span.IndexOfAny(Special) < 0 && !span.ContainsAnyInRange('\uD800', '\uFFFF'))
        {
            return sb.Append(value);
        }

        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\r' => "&#xD;",
                _ => null,
            };
            if (replacement is null)
            {
                CheckXmlChar(value, ref i);
                continue;
            }

            sb.Append(span[start..i]).Append(replacement);
            start = i + 1;
        }

        return sb.Append(span[start..]);
    }

    private static string EscapeAttribute(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\t': sb.Append("&#x9;"); break;
                case '\n': sb.Append("&#xA;"); break;
                case '\r': sb.Append("&#xD;"); break;
                default:
                    var start = i;
                    CheckXmlChar(value, ref i);
                    sb.Append(value, start, i - start + 1);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Checks the XML 1.0 Char production at <paramref name="i"/>, stepping over a whole surrogate pair.</summary>
    private static void CheckXmlChar(string value, ref int i)
    {
        var c = value[i];
        if (c >= ' ' && c < '\uD800')
        {
            return;
        }

        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
        {
            i++;
            return;
        }

        if (c is '\t' or '\n' or '\r' || (c >= '\uE000' && c <= '\uFFFD'))
        {
            return;
        }

        throw new ArgumentException(
            $"U+{(int)c:X4} at position {i} of \"{value}\" cannot be written in XML 1.0 (SPARQL XML results); use JSON or TSV results for such values.");
    }
}
