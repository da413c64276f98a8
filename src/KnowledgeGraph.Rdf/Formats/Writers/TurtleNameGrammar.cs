using System.Text;

namespace KnowledgeGraph.Rdf.Formats.Writers;

/// <summary>
/// The name productions of Turtle 1.1 (shared by TriG and, for blank-node labels, N-Triples), as a writer
/// needs them: which code points may appear where in <c>PN_PREFIX</c>, <c>PN_LOCAL</c> and
/// <c>BLANK_NODE_LABEL</c>. Written from the grammar of RDF 1.1 Turtle, section 6.5.
/// </summary>
internal static class TurtleNameGrammar
{
    /// <summary>PN_CHARS_BASE.</summary>
    public static bool IsPnCharsBase(int c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z')
            or (>= 0x00C0 and <= 0x00D6) or (>= 0x00D8 and <= 0x00F6) or (>= 0x00F8 and <= 0x02FF)
            or (>= 0x0370 and <= 0x037D) or (>= 0x037F and <= 0x1FFF) or (>= 0x200C and <= 0x200D)
            or (>= 0x2070 and <= 0x218F) or (>= 0x2C00 and <= 0x2FEF) or (>= 0x3001 and <= 0xD7FF)
            or (>= 0xF900 and <= 0xFDCF) or (>= 0xFDF0 and <= 0xFFFD) or (>= 0x10000 and <= 0xEFFFF);

    /// <summary>PN_CHARS_U (Turtle's: without the ':' that N-Triples adds).</summary>
    public static bool IsPnCharsU(int c) => c == '_' || IsPnCharsBase(c);

    /// <summary>PN_CHARS.</summary>
    public static bool IsPnChars(int c) =>
        IsPnCharsU(c) || c is '-' or (>= '0' and <= '9') or 0x00B7 or (>= 0x0300 and <= 0x036F) or (>= 0x203F and <= 0x2040);

    /// <summary>The characters PN_LOCAL_ESC lets a local name carry behind a backslash.</summary>
    public static bool IsLocalEscapable(int c) =>
        c is '_' or '~' or '.' or '-' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or '/' or '?' or '#' or '@' or '%';

    /// <summary>
    /// BLANK_NODE_LABEL without the <c>_:</c>: <c>(PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?</c>.
    /// Labels that pass are valid in N-Triples, N-Quads, Turtle and TriG alike.
    /// </summary>
    public static bool IsBlankNodeLabel(ReadOnlySpan<char> label)
    {
        if (label.IsEmpty || HasLoneSurrogate(label))
        {
            return false;
        }

        var first = true;
        var last = 0;
        foreach (var rune in label.EnumerateRunes())
        {
            var c = rune.Value;
            if (first ? !(IsPnCharsU(c) || c is >= '0' and <= '9') : !(IsPnChars(c) || c == '.'))
            {
                return false;
            }

            first = false;
            last = c;
        }

        return last != '.';
    }

    /// <summary>PN_PREFIX, or empty: <c>PN_CHARS_BASE ((PN_CHARS | '.')* PN_CHARS)?</c>.</summary>
    public static bool IsPrefixName(ReadOnlySpan<char> prefix)
    {
        if (prefix.IsEmpty)
        {
            return true;
        }

        if (HasLoneSurrogate(prefix))
        {
            return false;
        }

        var first = true;
        var last = 0;
        foreach (var rune in prefix.EnumerateRunes())
        {
            var c = rune.Value;
            if (first ? !IsPnCharsBase(c) : !(IsPnChars(c) || c == '.'))
            {
                return false;
            }

            first = false;
            last = c;
        }

        return last != '.';
    }

    /// <summary>
    /// Measures how <paramref name="local"/> spells as a PN_LOCAL: false when it cannot (a character no
    /// escape can carry, or one that cannot start a name), otherwise true with the number of characters
    /// that need a backslash. Percent signs followed by two hex digits stay as they are (PERCENT keeps them
    /// in the IRI); any other '%' and the PN_LOCAL_ESC characters get a backslash.
    /// </summary>
    public static bool CanWriteLocal(ReadOnlySpan<char> local)
    {
        for (var i = 0; i < local.Length;)
        {
            var status = Rune.DecodeFromUtf16(local[i..], out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            if (LocalCharAction(local, i, rune.Value) == LocalChar.Impossible)
            {
                return false;
            }

            i += consumed;
        }

        return true;
    }

    /// <summary>Writes a local name that <see cref="CanWriteLocal"/> accepted.</summary>
    public static void WriteLocal(OutputBuffer output, ReadOnlySpan<char> local)
    {
        for (var i = 0; i < local.Length;)
        {
            Rune.DecodeFromUtf16(local[i..], out var rune, out var consumed);
            if (LocalCharAction(local, i, rune.Value) == LocalChar.Escaped)
            {
                output.Append('\\');
            }

            output.Append(local.Slice(i, consumed));
            i += consumed;
        }
    }

    private enum LocalChar
    {
        Plain,
        Escaped,
        Impossible,
    }

    private static LocalChar LocalCharAction(ReadOnlySpan<char> local, int index, int c)
    {
        var first = index == 0;
        var last = index + (c > 0xFFFF ? 2 : 1) == local.Length;
        if (c == '%')
        {
            return index + 2 < local.Length && char.IsAsciiHexDigit(local[index + 1]) && char.IsAsciiHexDigit(local[index + 2])
                ? LocalChar.Plain
                : LocalChar.Escaped;
        }

        if (c == ':' || IsPnCharsU(c) || c is >= '0' and <= '9')
        {
            return LocalChar.Plain;
        }

        if (c == '.')
        {
            // A dot may sit inside a name, but not start it nor end it (it would end the statement).
            return first || last ? LocalChar.Escaped : LocalChar.Plain;
        }

        if (IsPnChars(c))
        {
            // '-', digits handled above; '-' can be escaped at the start, the combining marks cannot.
            return !first ? LocalChar.Plain : c == '-' ? LocalChar.Escaped : LocalChar.Impossible;
        }

        return IsLocalEscapable(c) ? LocalChar.Escaped : LocalChar.Impossible;
    }

    // EnumerateRunes would silently turn a lone surrogate into U+FFFD, so names holding one are refused first.
    private static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
