using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Store.Encoding;

/// <summary>
/// Puts small literal values into the id itself. A literal is inlined only when its lexical form is the
/// canonical one that formatting the parsed value gives back, so decoding returns exactly the term that
/// was stored ("01"^^xsd:integer stays in the dictionary, "1"^^xsd:integer is inlined).
/// </summary>
public static class InlineValues
{
    /// <summary>Inline integers lie in [-2^59, 2^59).</summary>
    public const long IntegerBias = 1L << 59;

    private const int MaxShortStringBytes = 7;
    private static readonly Iri DateIri = Xsd.Date;
    private static readonly Iri DateTimeIri = Xsd.DateTime;

    /// <summary>The inline id of a literal, or null when it is not inlinable.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TermId? TryEncode(Literal literal)
    {
        if (literal.Language is not null)
        {
            return null;
        }

        var lex = literal.LexicalForm;
        switch (literal.Datatype.Value)
        {
            case Xsd.StringIri:
                return TryEncodeShortString(lex);
            case Xsd.IntegerIri:
                return TryEncodeInteger(lex);
            case Xsd.BooleanIri:
                return lex switch
                {
                    "true" => TermId.Create(TermIdTag.Boolean, 1),
                    "false" => TermId.Create(TermIdTag.Boolean, 0),
                    _ => null,
                };
            case Xsd.Namespace + "date":
                return TryEncodeDate(lex);
            case Xsd.Namespace + "dateTime":
                return TryEncodeDateTime(lex);
            default:
                return null;
        }
    }

    /// <summary>The literal an inline id stands for.</summary>
    public static Literal Decode(TermId id)
    {
        var payload = id.Payload;
        switch (id.Tag)
        {
            case TermIdTag.Boolean:
                return new Literal(payload == 1 ? "true" : "false", Xsd.Boolean);
            case TermIdTag.Integer:
                return new Literal(((long)payload - IntegerBias).ToString(CultureInfo.InvariantCulture), Xsd.Integer);
            case TermIdTag.Date:
                {
                    var date = DateOnly.FromDayNumber((int)(payload >> 1));
                    var text = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    return new Literal((payload & 1) == 1 ? text + "Z" : text, DateIri);
                }

            case TermIdTag.DateTime:
                {
                    var dt = new DateTime((long)(payload >> 1) * 10, DateTimeKind.Unspecified);
                    return new Literal(FormatDateTime(dt, (payload & 1) == 1), DateTimeIri);
                }

            case TermIdTag.ShortString:
                {
                    var length = (int)(payload & 0xF);
                    Span<byte> bytes = stackalloc byte[MaxShortStringBytes];
                    var data = payload >> 4;
                    for (var i = 0; i < MaxShortStringBytes; i++)
                    {
                        bytes[i] = (byte)(data >> (8 * (MaxShortStringBytes - 1 - i)));
                    }

                    return new Literal(System.Text.Encoding.UTF8.GetString(bytes[..length]));
                }

            default:
                throw new ArgumentException($"Id {id} is not an inline value.", nameof(id));
        }
    }

    private static TermId? TryEncodeShortString(string lex)
    {
        if (lex.Length > MaxShortStringBytes)
        {
            return null;
        }

        Span<byte> bytes = stackalloc byte[MaxShortStringBytes * 3];
        if (!System.Text.Encoding.UTF8.TryGetBytes(lex, bytes, out var length) || length > MaxShortStringBytes)
        {
            return null;
        }

        // Lone surrogates do not survive UTF-8; keep such strings in the dictionary, which stores UTF-16 faithfully.
        if (!string.Equals(System.Text.Encoding.UTF8.GetString(bytes[..length]), lex, StringComparison.Ordinal))
        {
            return null;
        }

        ulong data = 0;
        for (var i = 0; i < MaxShortStringBytes; i++)
        {
            data = (data << 8) | (i < length ? bytes[i] : (byte)0);
        }

        return TermId.Create(TermIdTag.ShortString, (data << 4) | (uint)length);
    }

    private static TermId? TryEncodeInteger(string lex)
    {
        if (lex.Length == 0 || lex.Length > 19 || !long.TryParse(lex, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        if (value < -IntegerBias || value >= IntegerBias || !string.Equals(value.ToString(CultureInfo.InvariantCulture), lex, StringComparison.Ordinal))
        {
            return null;
        }

        return TermId.Create(TermIdTag.Integer, (ulong)(value + IntegerBias));
    }

    private static TermId? TryEncodeDate(string lex)
    {
        var zulu = lex.EndsWith('Z');
        var body = zulu ? lex[..^1] : lex;
        if (body.Length != 10 || !DateOnly.TryParseExact(body, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        return TermId.Create(TermIdTag.Date, ((ulong)date.DayNumber << 1) | (zulu ? 1UL : 0UL));
    }

    private static TermId? TryEncodeDateTime(string lex)
    {
        var zulu = lex.EndsWith('Z');
        var body = zulu ? lex[..^1] : lex;
        if (body.Length < 19 || body.Length > 26 || body[10] != 'T')
        {
            return null;
        }

        if (!DateTime.TryParseExact(body, ["yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFF"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt)
            || dt.Ticks % 10 != 0
            || !string.Equals(FormatDateTime(dt, zulu), lex, StringComparison.Ordinal))
        {
            return null;
        }

        return TermId.Create(TermIdTag.DateTime, ((ulong)(dt.Ticks / 10) << 1) | (zulu ? 1UL : 0UL));
    }

    /// <summary>The canonical xsd:dateTime form: no trailing zeros in the fraction, no fraction when it is zero.</summary>
    private static string FormatDateTime(DateTime dt, bool zulu)
    {
        var text = dt.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFF", CultureInfo.InvariantCulture);
        return zulu ? text + "Z" : text;
    }
}
