using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Store.Encoding;

/// <summary>
/// The dictionary's byte form of a term: one kind byte, then UTF-8. Common datatypes are one byte
/// instead of their IRI. Lexical forms are UTF-16 turned into UTF-8 losslessly (lone surrogates are
/// rejected by readers, and <see cref="Write"/> fails loudly rather than corrupting one).
/// </summary>
public static class TermBytes
{
    private const byte KindIri = 1;
    private const byte KindBlank = 2;
    private const byte KindSimple = 3;
    private const byte KindLang = 4;
    private const byte KindKnownType = 5;
    private const byte KindOtherType = 6;

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Datatypes spelled with one byte; the index is the code. Never reorder: codes are on disk.</summary>
    private static readonly string[] KnownDatatypes =
    [
        Xsd.IntegerIri, Xsd.DecimalIri, Xsd.DoubleIri, Xsd.FloatIri, Xsd.BooleanIri,
        Xsd.Namespace + "date", Xsd.Namespace + "dateTime", Xsd.Namespace + "long", Xsd.Namespace + "int",
        Xsd.Namespace + "short", Xsd.Namespace + "byte", Xsd.Namespace + "nonNegativeInteger",
        Xsd.Namespace + "positiveInteger", Xsd.Namespace + "nonPositiveInteger", Xsd.Namespace + "negativeInteger",
        Xsd.Namespace + "unsignedLong", Xsd.Namespace + "unsignedInt", Xsd.Namespace + "unsignedShort",
        Xsd.Namespace + "unsignedByte", Xsd.Namespace + "time", Xsd.Namespace + "duration",
        Xsd.Namespace + "dayTimeDuration", Xsd.Namespace + "yearMonthDuration", Xsd.Namespace + "gYear",
        Xsd.Namespace + "gYearMonth", Xsd.Namespace + "gMonth", Xsd.Namespace + "gMonthDay", Xsd.Namespace + "gDay",
        Xsd.Namespace + "anyURI", Xsd.Namespace + "dateTimeStamp", "http://www.w3.org/1999/02/22-rdf-syntax-ns#HTML",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#XMLLiteral", "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON",
    ];

    private static readonly Dictionary<string, byte> KnownDatatypeCodes =
        KnownDatatypes.Select((iri, i) => (iri, i)).ToDictionary(x => x.iri, x => (byte)x.i, StringComparer.Ordinal);

    /// <summary>The dictionary tag an id of this term gets.</summary>
    public static TermIdTag TagOf(Term term) => term.Kind switch
    {
        TermKind.Iri => TermIdTag.Iri,
        TermKind.BlankNode => TermIdTag.BlankNode,
        TermKind.Literal => TermIdTag.Literal,
        _ => throw new ArgumentException("The default graph has no dictionary entry.", nameof(term)),
    };

    /// <summary>Writes the term's bytes to <paramref name="buffer"/> (cleared first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Write(Term term, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        switch (term)
        {
            case Iri iri:
                Put(buffer, KindIri);
                PutUtf8(buffer, iri.Value);
                break;
            case BlankNode b:
                Put(buffer, KindBlank);
                PutUtf8(buffer, b.Label);
                break;
            case Literal l when l.Language is not null:
                Put(buffer, KindLang);
                Put(buffer, checked((byte)l.Language.Length));
                PutUtf8(buffer, l.Language);
                PutUtf8(buffer, l.LexicalForm);
                break;
            case Literal l when l.Datatype.Value == Xsd.StringIri:
                Put(buffer, KindSimple);
                PutUtf8(buffer, l.LexicalForm);
                break;
            case Literal l when KnownDatatypeCodes.TryGetValue(l.Datatype.Value, out var code):
                Put(buffer, KindKnownType);
                Put(buffer, code);
                PutUtf8(buffer, l.LexicalForm);
                break;
            case Literal l:
                {
                    Put(buffer, KindOtherType);
                    var length = StrictUtf8.GetByteCount(l.Datatype.Value);
                    Varint.Write(buffer, (ulong)length);
                    PutUtf8(buffer, l.Datatype.Value);
                    PutUtf8(buffer, l.LexicalForm);
                    break;
                }

            default:
                throw new ArgumentException("The default graph has no dictionary entry.", nameof(term));
        }
    }

    /// <summary>The term back from its bytes.</summary>
    public static Term Read(ReadOnlySpan<byte> bytes)
    {
        var rest = bytes[1..];
        switch (bytes[0])
        {
            case KindIri:
                return new Iri(StrictUtf8.GetString(rest));
            case KindBlank:
                return new BlankNode(StrictUtf8.GetString(rest));
            case KindSimple:
                return new Literal(StrictUtf8.GetString(rest));
            case KindLang:
                {
                    var n = rest[0];
                    return new Literal(StrictUtf8.GetString(rest[(1 + n)..]), StrictUtf8.GetString(rest.Slice(1, n)));
                }

            case KindKnownType:
                return new Literal(StrictUtf8.GetString(rest[1..]), new Iri(KnownDatatypes[rest[0]]));
            case KindOtherType:
                {
                    var at = 0;
                    var n = (int)Varint.Read(rest, ref at);
                    return new Literal(StrictUtf8.GetString(rest[(at + n)..]), new Iri(StrictUtf8.GetString(rest.Slice(at, n))));
                }

            default:
                throw new InvalidDataException($"Corrupt dictionary entry: unknown kind byte {bytes[0]}.");
        }
    }

    private static void Put(ArrayBufferWriter<byte> buffer, byte b)
    {
        buffer.GetSpan(1)[0] = b;
        buffer.Advance(1);
    }

    private static void PutUtf8(ArrayBufferWriter<byte> buffer, string text)
    {
        var span = buffer.GetSpan(StrictUtf8.GetMaxByteCount(text.Length));
        buffer.Advance(StrictUtf8.GetBytes(text, span));
    }
}
