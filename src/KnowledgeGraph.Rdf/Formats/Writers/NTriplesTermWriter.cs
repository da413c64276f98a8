using System.Buffers;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Rdf.Formats.Writers;

/// <summary>
/// Writes terms in canonical N-Triples form (the same spelling as <see cref="NTriplesFormatter"/>) into an
/// <see cref="OutputBuffer"/>, copying unescaped runs as spans so that no string is built per term.
/// </summary>
internal static class NTriplesTermWriter
{
    /// <summary>The mark of an encoded blank-node label; labels that start with it are always encoded.</summary>
    private const string EncodedLabelMark = "kgx-";

    /// <summary>What IRIREF cannot hold as it is: controls, space and <c>&lt;&gt;"{}|^`\</c>.</summary>
    private static readonly SearchValues<char> IriEscapes = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + " <>\"{}|^`\\");

    /// <summary>What a canonical double-quoted string escapes: controls, DEL, <c>"</c> and <c>\</c>.</summary>
    private static readonly SearchValues<char> StringEscapes = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\"\\");

    public static void WriteTerm(OutputBuffer output, Term term)
    {
        switch (term)
        {
            case Iri iri:
                WriteIri(output, iri.Value);
                break;
            case BlankNode blank:
                WriteBlankNode(output, blank.Label);
                break;
            case Literal literal:
                WriteLiteral(output, literal);
                break;
            default:
                throw new ArgumentException($"The default graph is not a term that can be written in a statement position.", nameof(term));
        }
    }

    /// <summary>An IRI in angle brackets, with UCHAR escapes for the characters IRIREF forbids.</summary>
    public static void WriteIri(OutputBuffer output, ReadOnlySpan<char> iri)
    {
        output.Append('<');
        WriteIriBody(output, iri);
        output.Append('>');
    }

    public static void WriteIriBody(OutputBuffer output, ReadOnlySpan<char> iri)
    {
        // Vectorised search for the next character to escape; most IRIs have none.
        int next;
        while ((next = iri.IndexOfAny(IriEscapes)) >= 0)
        {
            output.Append(iri[..next]);
            output.AppendUnicodeEscape(iri[next]);
            iri = iri[(next + 1)..];
        }

        output.Append(iri);
    }

    /// <summary>
    /// <c>_:label</c>. A label that is not a valid BLANK_NODE_LABEL (the model accepts any non-empty string)
    /// is written as <c>kgx-</c> and the hex of its UTF-16 code units; a valid label that happens to start with
    /// <c>kgx-</c> is encoded too, so two different labels never come out the same and no table is needed.
    /// </summary>
    public static void WriteBlankNode(OutputBuffer output, string label)
    {
        output.Append('_');
        output.Append(':');
        if (TurtleNameGrammar.IsBlankNodeLabel(label) && !label.StartsWith(EncodedLabelMark, StringComparison.Ordinal))
        {
            output.Append(label);
            return;
        }

        output.Append(EncodedLabelMark);
        foreach (var c in label)
        {
            output.AppendHex4(c);
        }
    }

    public static void WriteLiteral(OutputBuffer output, Literal literal)
    {
        output.Append('"');
        WriteEscapedString(output, literal.LexicalForm);
        output.Append('"');
        WriteLiteralSuffix(output, literal, static (o, datatype) => WriteIri(o, datatype));
    }

    /// <summary>Writes <c>@lang</c>, or <c>^^datatype</c> unless the datatype is xsd:string.</summary>
    public static void WriteLiteralSuffix(OutputBuffer output, Literal literal, Action<OutputBuffer, string> writeDatatype)
    {
        if (literal.Language is { } language)
        {
            if (!LanguageTag.IsWellFormed(language))
            {
                throw new ArgumentException($"Cannot write the literal {Shorten(literal.LexicalForm)} with language tag '{language}': it is not a well-formed language tag ([a-zA-Z]+ ('-' [a-zA-Z0-9]+)*).");
            }

            output.Append('@');
            output.Append(language);
        }
        else if (!string.Equals(literal.Datatype.Value, Xsd.StringIri, StringComparison.Ordinal))
        {
            output.Append('^');
            output.Append('^');
            writeDatatype(output, literal.Datatype.Value);
        }
    }

    /// <summary>The body of a double-quoted string: ECHAR for <c>\b \t \n \f \r " \</c>, UCHAR for other controls.</summary>
    public static void WriteEscapedString(OutputBuffer output, ReadOnlySpan<char> value)
    {
        int next;
        while ((next = value.IndexOfAny(StringEscapes)) >= 0)
        {
            output.Append(value[..next]);
            WriteEscape(output, value[next]);
            value = value[(next + 1)..];
        }

        output.Append(value);
    }

    /// <summary>The escape of one character that a string literal cannot hold as it is.</summary>
    public static void WriteEscape(OutputBuffer output, char c)
    {
        var echar = c switch
        {
            '"' => '"',
            '\\' => '\\',
            '\n' => 'n',
            '\r' => 'r',
            '\t' => 't',
            '\b' => 'b',
            '\f' => 'f',
            _ => '\0',
        };
        if (echar != '\0')
        {
            output.Append('\\');
            output.Append(echar);
        }
        else
        {
            output.AppendUnicodeEscape(c);
        }
    }

    internal static string Shorten(string text) => text.Length <= 40 ? $"\"{text}\"" : $"\"{text[..40]}...\"";
}
