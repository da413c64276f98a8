using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Store.Encoding;

/// <summary>
/// A term as the store knows it: 64 bits, a <see cref="TermIdTag"/> in the top four bits and a 60-bit payload.
/// Dictionary terms (IRIs, blank nodes, long or unusual literals) carry a sequence number; small values
/// (canonical integers, booleans, dates, dateTimes, short strings) carry the value itself, so the engine
/// can compare them without a dictionary lookup (see docs/store.md for the layout).
/// </summary>
public readonly record struct TermId(ulong Value) : IComparable<TermId>
{
    public const int TagShift = 60;
    public const ulong PayloadMask = (1UL << TagShift) - 1;

    /// <summary>The default graph's id (zero).</summary>
    public static TermId DefaultGraph => default;

    public TermIdTag Tag => (TermIdTag)(Value >> TagShift);

    public ulong Payload => Value & PayloadMask;

    public bool IsDefaultGraph => Value == 0;

    /// <summary>True when the value lives in the id and decoding needs no dictionary.</summary>
    public bool IsInline => Tag >= TermIdTag.Boolean;

    public bool IsDictionary => Tag is TermIdTag.Iri or TermIdTag.BlankNode or TermIdTag.Literal;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TermId Create(TermIdTag tag, ulong payload) => new(((ulong)tag << TagShift) | (payload & PayloadMask));

    /// <summary>The integer of an inline <see cref="TermIdTag.Integer"/> id.</summary>
    public bool TryGetInteger(out long value)
    {
        if (Tag == TermIdTag.Integer)
        {
            value = (long)Payload - InlineValues.IntegerBias;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>The boolean of an inline <see cref="TermIdTag.Boolean"/> id.</summary>
    public bool TryGetBoolean(out bool value)
    {
        value = Payload == 1;
        return Tag == TermIdTag.Boolean;
    }

    /// <summary>
    /// Compares two inline values of the same value space by value, without decoding: integers numerically,
    /// booleans false &lt; true, dates and dateTimes chronologically (only when both have, or both lack, a timezone),
    /// short strings by code point. Null when the ids are not comparable this way (the engine then decodes).
    /// </summary>
    public static int? CompareInlineValues(TermId a, TermId b)
    {
        if (a.Tag != b.Tag || !a.IsInline)
        {
            return null;
        }

        if (a.Tag is TermIdTag.Date or TermIdTag.DateTime && (a.Payload & 1) != (b.Payload & 1))
        {
            return null;
        }

        return a.Payload.CompareTo(b.Payload);
    }

    /// <summary>Id order: tag first, then payload (the order of every index).</summary>
    public int CompareTo(TermId other) => Value.CompareTo(other.Value);

    public override string ToString() => $"{Tag}:{Payload}";
}
