using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Rdf;

/// <summary>
/// Canonical N-Triples spelling of terms (RDF 1.1 N-Triples section "canonical form"): IRIs in angle
/// brackets with UCHAR escapes only where IRIREF forbids the character, literals with ECHAR for
/// <c>\b \t \n \f \r " \</c>, UCHAR with upper-case hex for the other control characters, and no
/// <c>^^xsd:string</c> on simple literals.
/// </summary>
public static class NTriplesFormatter
{
    public static string FormatIri(string iri)
    {
        var sb = new StringBuilder(iri.Length + 2);
        AppendIri(sb, iri);
        return sb.ToString();
    }

    public static string FormatLiteral(Literal literal)
    {
        var sb = new StringBuilder(literal.LexicalForm.Length + 8);
        AppendLiteral(sb, literal);
        return sb.ToString();
    }

    public static void AppendTerm(StringBuilder sb, Term term)
    {
        switch (term)
        {
            case Iri iri:
                AppendIri(sb, iri.Value);
                break;
            case BlankNode b:
                sb.Append("_:").Append(b.Label);
                break;
            case Literal l:
                AppendLiteral(sb, l);
                break;
            default:
                break;
        }
    }

    public static void AppendIri(StringBuilder sb, string iri)
    {
        sb.Append('<');
        foreach (var c in iri)
        {
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        sb.Append('>');
    }

    public static void AppendLiteral(StringBuilder sb, Literal literal)
    {
        sb.Append('"');
        AppendEscapedString(sb, literal.LexicalForm);
        sb.Append('"');
        if (literal.Language is not null)
        {
            sb.Append('@').Append(literal.Language);
        }
        else if (literal.Datatype.Value != Xsd.StringIri)
        {
            sb.Append("^^");
            AppendIri(sb, literal.Datatype.Value);
        }
    }

    /// <summary>Escapes the body of a double-quoted string literal.</summary>
    public static void AppendEscapedString(StringBuilder sb, ReadOnlySpan<char> value)
    {
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c != '"' && c != '\\' && c != '\u007F')
            {
                continue;
            }

            sb.Append(value[start..i]);
            start = i + 1;
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default: sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
            }
        }

        sb.Append(value[start..]);
    }
}
