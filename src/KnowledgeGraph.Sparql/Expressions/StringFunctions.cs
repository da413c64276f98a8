using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Expressions;

/// <summary>
/// The string builtins of SPARQL 17.4.3, on Unicode code points (not UTF-16 units). A null argument or
/// result is an error (or unbound), which the caller turns into a false FILTER or an unbound BIND.
/// </summary>
public static class StringFunctions
{
    public static Term? StrLen(Term? arg) =>
        arg is Literal l && Literals.IsStringLiteral(l) ? Literals.Integer(CodePointCount(l.LexicalForm)) : null;

    public static Term? UCase(Term? arg) =>
        arg is Literal l && Literals.IsStringLiteral(l) ? Literals.SameKindAs(l, l.LexicalForm.ToUpperInvariant()) : null;

    public static Term? LCase(Term? arg) =>
        arg is Literal l && Literals.IsStringLiteral(l) ? Literals.SameKindAs(l, l.LexicalForm.ToLowerInvariant()) : null;

    /// <summary>SUBSTR with XPath fn:substring's rounding: positions p with round(start) &lt;= p &lt; round(start)+round(length).</summary>
    public static Term? Substr(Term? arg, Term? start, Term? length)
    {
        if (arg is not Literal l || !Literals.IsStringLiteral(l))
        {
            return null;
        }

        if (!Numeric.TryGetDouble(start, out var s) || (length is not null && !Numeric.TryGetDouble(length, out _)))
        {
            return null;
        }

        var first = Math.Round(s, MidpointRounding.AwayFromZero);
        var end = double.PositiveInfinity;
        if (length is not null)
        {
            Numeric.TryGetDouble(length, out var len);
            end = first + Math.Round(len, MidpointRounding.AwayFromZero);
        }

        var points = ToCodePoints(l.LexicalForm);
        var sb = new StringBuilder();
        for (var i = 0; i < points.Length; i++)
        {
            var position = i + 1;
            if (position >= first && position < end)
            {
                sb.Append(points[i]);
            }
        }

        return Literals.SameKindAs(l, sb.ToString());
    }

    public static Term? StrStarts(Term? a, Term? b) =>
        Compatible(a, b, out var x, out var y) ? Literals.Boolean(x.LexicalForm.StartsWith(y.LexicalForm, StringComparison.Ordinal)) : null;

    public static Term? StrEnds(Term? a, Term? b) =>
        Compatible(a, b, out var x, out var y) ? Literals.Boolean(x.LexicalForm.EndsWith(y.LexicalForm, StringComparison.Ordinal)) : null;

    public static Term? Contains(Term? a, Term? b) =>
        Compatible(a, b, out var x, out var y) ? Literals.Boolean(x.LexicalForm.Contains(y.LexicalForm, StringComparison.Ordinal)) : null;

    public static Term? StrBefore(Term? a, Term? b)
    {
        if (!Compatible(a, b, out var x, out var y))
        {
            return null;
        }

        var index = x.LexicalForm.IndexOf(y.LexicalForm, StringComparison.Ordinal);
        return index < 0 ? Literals.EmptyString : Literals.SameKindAs(x, x.LexicalForm[..index]);
    }

    public static Term? StrAfter(Term? a, Term? b)
    {
        if (!Compatible(a, b, out var x, out var y))
        {
            return null;
        }

        var index = x.LexicalForm.IndexOf(y.LexicalForm, StringComparison.Ordinal);
        return index < 0 ? Literals.EmptyString : Literals.SameKindAs(x, x.LexicalForm[(index + y.LexicalForm.Length)..]);
    }

    /// <summary>ENCODE_FOR_URI: percent-encodes every UTF-8 byte except the RFC 3986 unreserved characters.</summary>
    public static Term? EncodeForUri(Term? arg)
    {
        if (arg is not Literal l || !Literals.IsStringLiteral(l))
        {
            return null;
        }

        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(l.LexicalForm))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return Literals.String(sb.ToString());
    }

    /// <summary>CONCAT: the language tag is kept when every argument has the same one, otherwise the result is simple.</summary>
    public static Term? Concat(IReadOnlyList<Term?> args)
    {
        var sb = new StringBuilder();
        string? language = null;
        var sameLanguage = true;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is not Literal l || !Literals.IsStringLiteral(l))
            {
                return null;
            }

            sb.Append(l.LexicalForm);
            if (i == 0)
            {
                language = l.Language;
            }
            else if (!string.Equals(language, l.Language, StringComparison.Ordinal))
            {
                sameLanguage = false;
            }
        }

        return sameLanguage && language is not null ? new Literal(sb.ToString(), language) : Literals.String(sb.ToString());
    }

    /// <summary>langMatches per RFC 4647 basic filtering; "*" matches any non-empty tag.</summary>
    public static Term? LangMatches(Term? tag, Term? range)
    {
        if (!Literals.IsPlainString(tag) || !Literals.IsPlainString(range))
        {
            return null;
        }

        var t = ((Literal)tag!).LexicalForm;
        var r = ((Literal)range!).LexicalForm;
        if (r == "*")
        {
            return Literals.Boolean(t.Length > 0);
        }

        var matches = t.Equals(r, StringComparison.OrdinalIgnoreCase)
            || (t.Length > r.Length && t[r.Length] == '-' && t.StartsWith(r, StringComparison.OrdinalIgnoreCase));
        return Literals.Boolean(matches && r.Length > 0);
    }

    public static int CodePointCount(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    private static string[] ToCodePoints(string text)
    {
        var list = new List<string>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                list.Add(text.Substring(i, 2));
                i++;
            }
            else
            {
                list.Add(text[i].ToString());
            }
        }

        return [.. list];
    }

    private static bool Compatible(Term? a, Term? b, out Literal first, out Literal second)
    {
        first = null!;
        second = null!;
        if (a is not Literal x || b is not Literal y || !Literals.IsStringLiteral(x) || !Literals.IsStringLiteral(y)
            || !Literals.AreCompatible(x, y))
        {
            return false;
        }

        first = x;
        second = y;
        return true;
    }
}
