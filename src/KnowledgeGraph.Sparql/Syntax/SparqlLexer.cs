using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// The SPARQL 1.1 tokenizer (grammar section 19.8), hand-written over the text: no regular expressions.
/// Signs are separate tokens (the parser joins a sign to an adjacent number), keywords are
/// <see cref="TokenKind.Word"/> tokens compared case-insensitively by the parser.
/// </summary>
internal sealed class SparqlLexer
{
    private readonly string _text;
    private readonly string? _sourceName;
    private int _pos;

    public SparqlLexer(string text, string? sourceName)
    {
        _text = text;
        _sourceName = sourceName;
    }

    public string Text => _text;

    /// <summary>Reads every token; the list ends with <see cref="TokenKind.EndOfInput"/>.</summary>
    public List<Token> Tokenize()
    {
        var tokens = new List<Token>(_text.Length / 4 + 4);
        while (true)
        {
            var token = Next();
            tokens.Add(token);
            if (token.Kind == TokenKind.EndOfInput)
            {
                return tokens;
            }
        }
    }

    public SparqlParseException Error(int offset, string description)
    {
        var (line, column) = Position(_text, offset);
        return new SparqlParseException(description, line, column, _sourceName);
    }

    public static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    private Token Next()
    {
        SkipWhitespaceAndComments();
        var start = _pos;
        if (_pos >= _text.Length)
        {
            return new Token(TokenKind.EndOfInput, start, start);
        }

        var c = _text[_pos];
        switch (c)
        {
            case '{': return Single(TokenKind.LBrace);
            case '}': return Single(TokenKind.RBrace);
            case '(': return Single(TokenKind.LParen);
            case ')': return Single(TokenKind.RParen);
            case '[': return Single(TokenKind.LBracket);
            case ']': return Single(TokenKind.RBracket);
            case ',': return Single(TokenKind.Comma);
            case ';': return Single(TokenKind.Semicolon);
            case '*': return Single(TokenKind.Star);
            case '+': return Single(TokenKind.Plus);
            case '-': return Single(TokenKind.Minus);
            case '/': return Single(TokenKind.Slash);
            case '=': return Single(TokenKind.Equal);
            case '!':
                return Peek(1) == '=' ? Double(TokenKind.NotEqual) : Single(TokenKind.Bang);
            case '^':
                return Peek(1) == '^' ? Double(TokenKind.CaretCaret) : Single(TokenKind.Caret);
            case '|':
                return Peek(1) == '|' ? Double(TokenKind.OrOr) : Single(TokenKind.Pipe);
            case '&':
                if (Peek(1) == '&')
                {
                    return Double(TokenKind.AndAnd);
                }

                throw Error(start, "expected '&&', found '&'");
            case '>':
                return Peek(1) == '=' ? Double(TokenKind.GreaterOrEqual) : Single(TokenKind.Greater);
            case '<':
                return LessOrIri();
            case '?':
            case '$':
                if (_pos + 1 < _text.Length && IsVarNameStart(_text, _pos + 1))
                {
                    return Variable();
                }

                if (c == '?')
                {
                    return Single(TokenKind.Question);
                }

                throw Error(start, "expected a variable name after '$'");
            case '"':
            case '\'':
                return StringLiteral(c);
            case '@':
                return LangTag();
            case '.':
                if (IsDigit(Peek(1)))
                {
                    return Number();
                }

                return Single(TokenKind.Dot);
            case '_':
                if (Peek(1) == ':')
                {
                    return BlankNodeLabel();
                }

                break;
            case ':':
                return PrefixedName(start, start);
        }

        if (IsDigit(c))
        {
            return Number();
        }

        if (CharClasses.IsPnCharsBase(_text, _pos, out _))
        {
            return WordOrPrefixedName();
        }

        throw Error(start, $"unexpected character '{Describe(_text, _pos)}'");
    }

    private char Peek(int ahead) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private Token Single(TokenKind kind)
    {
        _pos++;
        return new Token(kind, _pos - 1, _pos);
    }

    private Token Double(TokenKind kind)
    {
        _pos += 2;
        return new Token(kind, _pos - 2, _pos);
    }

    private void SkipWhitespaceAndComments()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                _pos++;
            }
            else if (c == '#')
            {
                while (_pos < _text.Length && _text[_pos] != '\n' && _text[_pos] != '\r')
                {
                    _pos++;
                }
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>'&lt;' starts an IRIREF when the characters up to the next '&gt;' may be in one; otherwise it is an operator.</summary>
    private Token LessOrIri()
    {
        var start = _pos;
        var i = _pos + 1;
        while (i < _text.Length)
        {
            var c = _text[i];
            if (c == '>')
            {
                var raw = _text.AsSpan(start + 1, i - start - 1);
                _pos = i + 1;
                return new Token(TokenKind.IriRef, start, _pos, raw.Contains('\\') ? UnescapeIri(raw, start + 1) : raw.ToString());
            }

            if (c is '<' or '"' or '{' or '}' or '|' or '^' or '`' || c <= ' ')
            {
                break;
            }

            if (c == '\\' && !(i + 1 < _text.Length && _text[i + 1] is 'u' or 'U'))
            {
                break;
            }

            i++;
        }

        return Peek(1) == '=' ? Double(TokenKind.LessOrEqual) : Single(TokenKind.Less);
    }

    private string UnescapeIri(ReadOnlySpan<char> raw, int offset)
    {
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\')
            {
                i = AppendCodePointEscape(sb, raw, i, offset);
                var last = sb[^1];
                if (last is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\' || last <= ' ')
                {
                    throw Error(offset + i, $"the escaped character U+{(int)last:X4} is not allowed in an IRI");
                }
            }
            else
            {
                sb.Append(raw[i]);
            }
        }

        return sb.ToString();
    }

    /// <summary>Appends the code point of the \u or \U escape at <paramref name="i"/>; returns the index of its last character.</summary>
    private int AppendCodePointEscape(StringBuilder sb, ReadOnlySpan<char> raw, int i, int offset)
    {
        var digits = raw[i + 1] == 'u' ? 4 : 8;
        var hexStart = i + 2;
        if (hexStart + digits > raw.Length
            || !int.TryParse(raw.Slice(hexStart, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var cp)
            || cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        {
            throw Error(offset + i, $"expected {digits} hexadecimal digits of a code point after '\\{raw[i + 1]}'");
        }

        sb.Append(char.ConvertFromUtf32(cp));
        return i + 1 + digits;
    }

    private static bool IsVarNameStart(string text, int i) =>
        CharClasses.IsPnCharsU(text, i, out _) || IsDigit(text[i]);

    private Token Variable()
    {
        var start = _pos;
        var i = _pos + 1;
        while (i < _text.Length)
        {
            if (CharClasses.IsPnCharsU(_text, i, out var width) || IsDigit(_text[i]))
            {
                i += width;
            }
            else if (_text[i] is '\u00B7' || (_text[i] >= '\u0300' && _text[i] <= '\u036F') || _text[i] is '\u203F' or '\u2040')
            {
                i++;
            }
            else
            {
                break;
            }
        }

        _pos = i;
        return new Token(TokenKind.Variable, start, i, _text[(start + 1)..i]);
    }

    private Token LangTag()
    {
        var start = _pos;
        var i = _pos + 1;
        while (i < _text.Length && char.IsAsciiLetter(_text[i]))
        {
            i++;
        }

        if (i == start + 1)
        {
            throw Error(start, "expected a language tag after '@'");
        }

        while (i + 1 < _text.Length && _text[i] == '-' && char.IsAsciiLetterOrDigit(_text[i + 1]))
        {
            i++;
            while (i < _text.Length && char.IsAsciiLetterOrDigit(_text[i]))
            {
                i++;
            }
        }

        _pos = i;
        return new Token(TokenKind.LangTag, start, i, _text[(start + 1)..i]);
    }

    private Token Number()
    {
        var start = _pos;
        var i = _pos;
        while (i < _text.Length && IsDigit(_text[i]))
        {
            i++;
        }

        var kind = TokenKind.Integer;
        if (i < _text.Length && _text[i] == '.')
        {
            var j = i + 1;
            while (j < _text.Length && IsDigit(_text[j]))
            {
                j++;
            }

            if (j > i + 1)
            {
                kind = TokenKind.Decimal;
                i = j;
            }
            else if (j < _text.Length && _text[j] is 'e' or 'E' && ExponentLength(j) > 0)
            {
                // "1.e5": a double whose fraction is empty.
                i = j;
            }
        }

        if (i < _text.Length && _text[i] is 'e' or 'E')
        {
            var length = ExponentLength(i);
            if (length > 0)
            {
                kind = TokenKind.Double;
                i += length;
            }
        }

        _pos = i;
        return new Token(kind, start, i, _text[start..i]);
    }

    private int ExponentLength(int i)
    {
        var j = i + 1;
        if (j < _text.Length && _text[j] is '+' or '-')
        {
            j++;
        }

        var digits = j;
        while (j < _text.Length && IsDigit(_text[j]))
        {
            j++;
        }

        return j > digits ? j - i : 0;
    }

    private Token StringLiteral(char quote)
    {
        var start = _pos;
        var isLong = Peek(1) == quote && Peek(2) == quote;
        var i = _pos + (isLong ? 3 : 1);
        StringBuilder? sb = null;
        var runStart = i;
        while (true)
        {
            if (i >= _text.Length)
            {
                throw Error(start, "unterminated string literal");
            }

            var c = _text[i];
            if (c == quote)
            {
                if (!isLong)
                {
                    break;
                }

                if (Peek(i - _pos + 1) == quote && Peek(i - _pos + 2) == quote)
                {
                    // A long string may end with up to two quotes of its own before the closing three.
                    var end = i + 3;
                    while (end < _text.Length && _text[end] == quote && end - i < 5)
                    {
                        end++;
                    }

                    i = end - 3;
                    break;
                }

                i++;
                continue;
            }

            if (!isLong && c is '\n' or '\r')
            {
                throw Error(i, "expected the closing quote of the string before the end of the line");
            }

            if (c == '\\')
            {
                sb ??= new StringBuilder();
                sb.Append(_text, runStart, i - runStart);
                if (i + 1 >= _text.Length)
                {
                    throw Error(i, "unterminated string literal");
                }

                var e = _text[i + 1];
                switch (e)
                {
                    case 't': sb.Append('\t'); i += 2; break;
                    case 'b': sb.Append('\b'); i += 2; break;
                    case 'n': sb.Append('\n'); i += 2; break;
                    case 'r': sb.Append('\r'); i += 2; break;
                    case 'f': sb.Append('\f'); i += 2; break;
                    case '"': sb.Append('"'); i += 2; break;
                    case '\'': sb.Append('\''); i += 2; break;
                    case '\\': sb.Append('\\'); i += 2; break;
                    case 'u':
                    case 'U':
                        i = AppendCodePointEscape(sb, _text.AsSpan(), i, 0) + 1;
                        break;
                    default:
                        throw Error(i, $"unknown escape sequence '\\{e}' in a string");
                }

                runStart = i;
                continue;
            }

            i++;
        }

        string value;
        if (sb is null)
        {
            value = _text[runStart..i];
        }
        else
        {
            sb.Append(_text, runStart, i - runStart);
            value = sb.ToString();
        }

        _pos = i + (isLong ? 3 : 1);
        return new Token(TokenKind.String, start, _pos, value);
    }

    private Token BlankNodeLabel()
    {
        var start = _pos;
        var i = _pos + 2;
        if (i >= _text.Length || !(CharClasses.IsPnCharsU(_text, i, out var w) || IsDigit(_text[i])))
        {
            throw Error(start, "expected a blank node label after '_:'");
        }

        i += IsDigit(_text[i]) ? 1 : w;
        i = ScanNameTail(i, allowColon: false);
        _pos = i;
        return new Token(TokenKind.BlankNodeLabel, start, i, _text[(start + 2)..i]);
    }

    /// <summary>Scans (PN_CHARS | '.')* not ending in '.', from <paramref name="i"/>.</summary>
    private int ScanNameTail(int i, bool allowColon)
    {
        var lastGood = i;
        while (i < _text.Length)
        {
            if (CharClasses.IsPnChars(_text, i, out var width) || (allowColon && _text[i] == ':'))
            {
                i += width;
                lastGood = i;
            }
            else if (_text[i] == '.')
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return lastGood;
    }

    private Token WordOrPrefixedName()
    {
        var start = _pos;
        CharClasses.IsPnCharsBase(_text, _pos, out var width);
        var end = ScanNameTail(_pos + width, allowColon: false);
        if (end < _text.Length && _text[end] == ':')
        {
            return PrefixedName(start, end);
        }

        var i = start;
        while (i < _text.Length && (char.IsAsciiLetterOrDigit(_text[i]) || _text[i] == '_'))
        {
            i++;
        }

        if (i == start)
        {
            throw Error(start, $"unexpected character '{Describe(_text, start)}'");
        }

        _pos = i;
        return new Token(TokenKind.Word, start, i, null);
    }

    /// <summary>A prefixed name whose prefix spans [start, colon); the local part (PN_LOCAL) may be empty.</summary>
    private Token PrefixedName(int start, int colon)
    {
        var prefixLength = colon - start;
        var i = colon + 1;
        StringBuilder? local = null;
        var lastGood = i;
        var first = true;
        var runStart = i;
        while (i < _text.Length)
        {
            var c = _text[i];
            int width;
            if (c == '%')
            {
                if (i + 2 < _text.Length && char.IsAsciiHexDigit(_text[i + 1]) && char.IsAsciiHexDigit(_text[i + 2]))
                {
                    i += 3;
                    lastGood = i;
                    first = false;
                    continue;
                }

                throw Error(i, "expected two hexadecimal digits after '%' in a prefixed name");
            }

            if (c == '\\')
            {
                if (i + 1 < _text.Length && "_~.-!$&'()*+,;=/?#@%".Contains(_text[i + 1], StringComparison.Ordinal))
                {
                    local ??= new StringBuilder();
                    local.Append(_text, runStart, i - runStart).Append(_text[i + 1]);
                    i += 2;
                    runStart = i;
                    lastGood = i;
                    first = false;
                    continue;
                }

                throw Error(i, "expected one of _~.-!$&'()*+,;=/?#@% after '\\' in a prefixed name");
            }

            if (first ? CharClasses.IsPnCharsU(_text, i, out width) || IsDigit(c) || c == ':' : CharClasses.IsPnChars(_text, i, out width) || c == ':')
            {
                width = Math.Max(width, 1);
                i += width;
                lastGood = i;
                first = false;
            }
            else if (c == '.' && !first)
            {
                i++;
            }
            else
            {
                break;
            }
        }

        string localName;
        if (local is null)
        {
            localName = _text[(colon + 1)..lastGood];
        }
        else
        {
            if (runStart < lastGood)
            {
                local.Append(_text, runStart, lastGood - runStart);
            }

            localName = local.ToString();
        }

        _pos = lastGood;
        return new Token(TokenKind.PrefixedName, start, lastGood, _text[start..colon] + localName, prefixLength);
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static string Describe(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? text.Substring(i, 2) : text[i] < ' ' ? $"U+{(int)text[i]:X4}" : text[i].ToString();
}
