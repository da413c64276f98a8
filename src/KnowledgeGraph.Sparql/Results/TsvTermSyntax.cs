using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Sparql.Results;

/// <summary>
/// The term syntax of SPARQL TSV results (the Turtle/N-Triples encoding): <c>&lt;iri&gt;</c>, <c>_:label</c>,
/// quoted literals with <c>@lang</c> or <c>^^&lt;datatype&gt;</c>, and the Turtle short forms for integers,
/// decimals, doubles and booleans. Both directions live here so the writer's short forms and the
/// reader's recognition of them cannot drift apart.
/// </summary>
internal static class TsvTermSyntax
{
    /// <summary>Parses one non-empty TSV field; the description of what is wrong when it is not a term.</summary>
    public static Term Parse(string field, Func<int, string, Exception> error)
    {
        if (field.Length == 0)
        {
            throw error(0, "empty term");
        }

        var c = field[0];
        if (c == '<')
        {
            if (field[^1] != '>')
            {
                throw error(field.Length - 1, "an IRI that does not end with '>'");
            }

            return new Iri(Unescape(field.AsSpan(1, field.Length - 2), allowEchar: false, 1, error));
        }

        if (c == '_' && field.Length > 2 && field[1] == ':')
        {
            var label = field[2..];
            return label.Any(char.IsWhiteSpace) ? throw error(0, $"a blank-node label with white space: '{field}'") : new BlankNode(label);
        }

        if (c is '"' or '\'')
        {
            return ParseQuotedLiteral(field, error);
        }

        if (field == "true" || field == "false")
        {
            return new Literal(field, Xsd.Boolean);
        }

        if (NumberDatatype(field) is { } numeric)
        {
            return new Literal(field, numeric);
        }

        throw error(0, $"'{field}' is not an RDF term: expected <iri>, _:label, a quoted literal, a number or a boolean");
    }

    /// <summary>Appends a term in TSV form: the short form for numbers and booleans whose lexical form allows it.</summary>
    public static void Append(StringBuilder sb, Term term)
    {
        if (term is Literal { Language: null } l && ShortFormAllowed(l))
        {
            sb.Append(l.LexicalForm);
            return;
        }

        KnowledgeGraph.Rdf.NTriplesFormatter.AppendTerm(sb, term);
    }

    /// <summary>True when the literal reads back identically from its bare lexical form.</summary>
    public static bool ShortFormAllowed(Literal literal) => literal.Datatype.Value switch
    {
        Xsd.BooleanIri => literal.LexicalForm is "true" or "false",
        Xsd.IntegerIri or Xsd.DecimalIri or Xsd.DoubleIri => NumberDatatype(literal.LexicalForm)?.Value == literal.Datatype.Value,
        _ => false,
    };

    /// <summary>The datatype of a Turtle INTEGER, DECIMAL or DOUBLE token, or null when the text is none of them.</summary>
    public static Iri? NumberDatatype(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (i < text.Length && text[i] is '+' or '-')
        {
            i++;
        }

        var intDigits = CountDigits(text, ref i);
        var fracDigits = -1;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            fracDigits = CountDigits(text, ref i);
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            var expDigits = CountDigits(text, ref i);
            var mantissaOk = intDigits > 0 || fracDigits > 0;
            return i == text.Length && expDigits > 0 && mantissaOk ? Xsd.Double : null;
        }

        if (i != text.Length)
        {
            return null;
        }

        if (fracDigits < 0)
        {
            return intDigits > 0 ? Xsd.Integer : null;
        }

        return fracDigits > 0 ? Xsd.Decimal : null;
    }

    private static int CountDigits(ReadOnlySpan<char> text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }

    private static Literal ParseQuotedLiteral(string field, Func<int, string, Exception> error)
    {
        var quote = field[0];
        var isLong = field.Length >= 6 && field[1] == quote && field[2] == quote;
        var open = isLong ? 3 : 1;
        var close = -1;
        for (var i = open; i < field.Length; i++)
        {
            var c = field[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (c == quote && (!isLong || (i + 2 < field.Length && field[i + 1] == quote && field[i + 2] == quote)))
            {
                close = i;
                break;
            }
        }

        if (close < 0)
        {
            throw error(0, "a literal without its closing quote");
        }

        var lexical = Unescape(field.AsSpan(open, close - open), allowEchar: true, open, error);
        var rest = field.AsSpan(close + (isLong ? 3 : 1));
        if (rest.IsEmpty)
        {
            return new Literal(lexical);
        }

        var restColumn = field.Length - rest.Length;
        if (rest[0] == '@')
        {
            var tag = rest[1..];
            return LanguageTag.IsWellFormed(tag)
                ? new Literal(lexical, tag.ToString())
                : throw error(restColumn + 1, $"'{tag}' is not a well-formed language tag");
        }

        if (rest.StartsWith("^^<") && rest[^1] == '>')
        {
            var datatype = Unescape(rest[3..^1], allowEchar: false, restColumn + 3, error);
            return datatype == Xsd.StringIri ? new Literal(lexical) : new Literal(lexical, new Iri(datatype));
        }

        throw error(restColumn, $"unexpected '{rest}' after a literal: expected @lang or ^^<datatype>");
    }

    private static string Unescape(ReadOnlySpan<char> text, bool allowEchar, int offset, Func<int, string, Exception> error)
    {
        if (text.IndexOf('\\') < 0)
        {
            return text.ToString();
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            if (i + 1 >= text.Length)
            {
                throw error(offset + i, "a '\\' at the end of a term");
            }

            var e = text[++i];
            switch (e)
            {
                case 'u':
                case 'U':
                    var length = e == 'u' ? 4 : 8;
                    if (i + length >= text.Length)
                    {
                        throw error(offset + i, $"\\{e} needs {length} hex digits");
                    }

                    if (!int.TryParse(text.Slice(i + 1, length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                        || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                    {
                        throw error(offset + i, $"\\{e}{text.Slice(i + 1, length)} is not a Unicode scalar value");
                    }

                    sb.Append(char.ConvertFromUtf32(code));
                    i += length;
                    break;
                case 't' when allowEchar: sb.Append('\t'); break;
                case 'b' when allowEchar: sb.Append('\b'); break;
                case 'n' when allowEchar: sb.Append('\n'); break;
                case 'r' when allowEchar: sb.Append('\r'); break;
                case 'f' when allowEchar: sb.Append('\f'); break;
                case '"' when allowEchar: sb.Append('"'); break;
                case '\'' when allowEchar: sb.Append('\''); break;
                case '\\' when allowEchar: sb.Append('\\'); break;
                default:
                    throw error(offset + i, $"unknown escape '\\{e}'");
            }
        }

        return sb.ToString();
    }
}
