using System.Globalization;
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
        Output.Write("    <result>\n");
        for (var i = 0; i < row.Count; i++)
        {
            if (row[i] is not { } term)
            {
                continue;
            }

            Output.Write(_bindingOpeners[i]);
            switch (term)
            {
                case Iri iri:
                    Output.Write("<uri>");
                    WriteText(iri.Value);
                    Output.Write("</uri>");
                    break;
                case BlankNode b:
                    Output.Write("<bnode>");
                    WriteText(b.Label);
                    Output.Write("</bnode>");
                    break;
                case Literal l:
                    if (l.Language is not null)
                    {
                        Output.Write("<literal xml:lang=\"" + EscapeAttribute(l.Language) + "\">");
                    }
                    else if (l.Datatype.Value != Xsd.StringIri)
                    {
                        Output.Write("<literal datatype=\"" + EscapeAttribute(l.Datatype.Value) + "\">");
                    }
                    else
                    {
                        Output.Write("<literal>");
                    }

                    WriteText(l.LexicalForm);
                    Output.Write("</literal>");
                    break;
                default:
                    throw new ArgumentException($"Cannot write {term.Kind} as a result value.", nameof(row));
            }

            Output.Write("</binding>\n");
        }

        Output.Write("    </result>\n");
    }

    private protected override void WriteEndCore() => Output.Write("  </results>\n</sparql>\n");

    private protected override void WriteBooleanCore(bool value) =>
        Output.Write("<?xml version=\"1.0\"?>\n<sparql xmlns=\"" + SparqlXmlResultsReader.Namespace + "\">\n  <head>\n  </head>\n  <boolean>"
            + (value ? "true" : "false") + "</boolean>\n</sparql>\n");

    private void WriteText(string value)
    {
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

            Output.Write(value.AsSpan(start, i - start));
            Output.Write(replacement);
            start = i + 1;
        }

        Output.Write(value.AsSpan(start));
    }

    private static string EscapeAttribute(string value)
    {
        var sb = new System.Text.StringBuilder(value.Length);
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
