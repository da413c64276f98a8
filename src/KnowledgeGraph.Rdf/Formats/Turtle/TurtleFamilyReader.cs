using System.Buffers;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf.Formats.Text;
using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Rdf.Formats.Turtle;

/// <summary>
/// The streaming reader shared by N-Triples, N-Quads, Turtle and TriG: a hand-written recursive-descent
/// parser over a buffered character source. It parses one statement at a time and yields that statement's
/// quads before reading on, so memory stays bounded by the largest statement, not the document.
/// </summary>
/// <remarks>
/// Error messages name the position of the offending character and what the grammar expected there.
/// In lenient mode a statement with an error is dropped whole (none of its quads are yielded) and the
/// reader resumes at the next statement boundary: the next line for N-Triples and N-Quads, the next
/// <c>.</c> or <c>}</c> followed by white space for Turtle and TriG.
/// </remarks>
public abstract class TurtleFamilyReader : IQuadReader
{
    /// <summary>Characters that end the fast scan of an IRIREF: the closing '>', escapes, and everything IRIREF forbids.</summary>
    private static readonly SearchValues<char> IriStops = SearchValues.Create(
        ">\\<\"{}|^`\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u0020");

    /// <summary>Characters that end the fast scan of a short string.</summary>
    private static readonly SearchValues<char> DoubleQuoteStops = SearchValues.Create("\"\\\n\r");
    private static readonly SearchValues<char> SingleQuoteStops = SearchValues.Create("'\\\n\r");

    private readonly TurtleSyntax _syntax;
    private readonly RdfReaderOptions _options;
    private readonly CharSource _in;
    private readonly TermCache _cache = new();
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private readonly List<Quad> _pending = [];
    private readonly List<RdfParseException> _errors = [];
    private readonly StringBuilder _text = new();
    private readonly string _labelPrefix;
    private readonly string _freshPrefix;
    private char[] _scratch = new char[256];
    private string? _base;
    private Term _graph = DefaultGraph.Instance;
    private long _fresh;
    private bool _started;

    private protected TurtleFamilyReader(TextReader input, RdfReaderOptions? options, TurtleSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(input);
        _syntax = syntax;
        _options = options ?? RdfReaderOptions.Default;
        _in = new CharSource(input);
        _prefixLookup = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (_options.BaseIri is { } baseIri)
        {
            var problem = IriSyntax.ValidateAbsolute(baseIri);
            if (problem is not null)
            {
                throw new ArgumentException($"Invalid base IRI <{baseIri}>: {problem}", nameof(options));
            }

            _base = baseIri;
        }

        // Blank-node labels are scoped to one document: rename them apart unless asked to keep them.
        // Fresh nodes ('[]', collections) get a second prefix that no renamed label can take.
        var scope = Guid.NewGuid().ToString("N")[..8];
        _labelPrefix = _options.PreserveBlankNodeLabels ? string.Empty : "b" + scope + "l";
        _freshPrefix = "b" + scope + "n";
    }

    public IReadOnlyDictionary<string, string> Prefixes => _prefixes;

    public string? BaseIri => _base;

    public long SkippedStatements { get; private set; }

    public IReadOnlyList<RdfParseException> Errors => _errors;

    private bool IsLineBased => _syntax is TurtleSyntax.NTriples or TurtleSyntax.NQuads;

    public IEnumerable<Quad> ReadQuads()
    {
        if (_started)
        {
            throw new InvalidOperationException("A reader can be enumerated only once.");
        }

        _started = true;
        return Iterate();
    }

    public void Dispose()
    {
        _in.Dispose();
        GC.SuppressFinalize(this);
    }

    private IEnumerable<Quad> Iterate()
    {
        if (_in.Peek() == '\uFEFF')
        {
            _in.Advance();
        }

        while (true)
        {
            bool more;
            if (_options.Lenient)
            {
                try
                {
                    more = ParseStatement();
                }
                catch (RdfParseException error)
                {
                    SkippedStatements++;
                    if (_errors.Count < _options.MaxErrorsKept)
                    {
                        _errors.Add(error);
                    }

                    _pending.Clear();
                    _graph = DefaultGraph.Instance;
                    Recover();
                    continue;
                }
            }
            else
            {
                more = ParseStatement();
            }

            for (var i = 0; i < _pending.Count; i++)
            {
                yield return _pending[i];
            }

            _pending.Clear();
            if (!more)
            {
                yield break;
            }
        }
    }

    /// <summary>Parses one statement (or directive, or TriG block). False at the end of input.</summary>
    private bool ParseStatement()
    {
        if (IsLineBased)
        {
            return ParseLineStatement();
        }

        SkipWhitespace();
        var c = _in.Peek();
        if (c < 0)
        {
            return false;
        }

        if (c == '@')
        {
            ParseAtDirective();
            return true;
        }

        if (IsKeywordAhead("PREFIX"))
        {
            _in.AdvanceOnLine(6);
            ParsePrefixBody();
            return true;
        }

        if (IsKeywordAhead("BASE"))
        {
            _in.AdvanceOnLine(4);
            ParseBaseBody();
            return true;
        }

        if (_syntax == TurtleSyntax.TriG)
        {
            ParseTrigBlock();
        }
        else
        {
            ParseTriples();
            SkipWhitespace();
            Expect('.', "'.' to end the statement");
        }

        return true;
    }

    // ---------------------------------------------------------------- N-Triples, N-Quads

    private bool ParseLineStatement()
    {
        SkipWhitespace();
        var c = _in.Peek();
        if (c < 0)
        {
            return false;
        }

        Term subject = c switch
        {
            '<' => ReadIriRef(),
            '_' => ReadBlankNodeLabel(),
            _ => throw Expected("a subject (an IRI or a blank node)"),
        };
        SkipInlineSpace();
        if (_in.Peek() != '<')
        {
            throw Expected("a predicate IRI");
        }

        var predicate = ReadIriRef();
        SkipInlineSpace();
        c = _in.Peek();
        Term obj = c switch
        {
            '<' => ReadIriRef(),
            '_' => ReadBlankNodeLabel(),
            '"' => ReadLiteral(),
            _ => throw Expected("an object (an IRI, a blank node or a literal)"),
        };
        SkipInlineSpace();
        Term graph = DefaultGraph.Instance;
        if (_syntax == TurtleSyntax.NQuads && _in.Peek() != '.')
        {
            graph = _in.Peek() switch
            {
                '<' => ReadIriRef(),
                '_' => ReadBlankNodeLabel(),
                _ => throw Expected("a graph name (an IRI or a blank node) or '.'"),
            };
            SkipInlineSpace();
        }

        Expect('.', "'.' to end the statement");
        SkipInlineSpace();
        if (_in.Peek() == '#')
        {
            SkipComment();
        }

        c = _in.Peek();
        if (c >= 0 && c != '\n' && c != '\r')
        {
            throw Expected("the end of the line after '.'");
        }

        _pending.Add(new Quad(subject, (Iri)predicate, obj, graph));
        return true;
    }

    private void SkipInlineSpace()
    {
        while (_in.Peek() is ' ' or '\t')
        {
            _in.AdvanceOnLine(1);
        }
    }

    // ---------------------------------------------------------------- directives

    private void ParseAtDirective()
    {
        _in.Advance(); // '@'
        if (IsDirectiveWordAhead("prefix"))
        {
            _in.AdvanceOnLine(6);
            ParsePrefixBody();
        }
        else if (IsDirectiveWordAhead("base"))
        {
            _in.AdvanceOnLine(4);
            ParseBaseBody();
        }
        else
        {
            throw Expected("'@prefix' or '@base'");
        }

        SkipWhitespace();
        Expect('.', "'.' after the directive");
    }

    /// <summary>True when the exact (case-sensitive) word follows and is not the start of a longer name.</summary>
    private bool IsWordAhead(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (_in.Peek(i) != word[i])
            {
                return false;
            }
        }

        return !IsNameContinuationAt(word.Length);
    }

    /// <summary>
    /// After '@': the directive word, which may be followed at once by a prefix's colon (<c>@prefix:&lt;...&gt;</c>)
    /// or an IRI, but not by more name characters.
    /// </summary>
    private bool IsDirectiveWordAhead(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (_in.Peek(i) != word[i])
            {
                return false;
            }
        }

        var next = _in.Peek(word.Length);
        return next < 0 || !(NameChars.IsNameChar(next) || char.IsSurrogate((char)next));
    }

    /// <summary>True when a case-insensitive keyword (PREFIX, BASE, GRAPH) follows as a whole word.</summary>
    private bool IsKeywordAhead(string keyword)
    {
        for (var i = 0; i < keyword.Length; i++)
        {
            var c = _in.Peek(i);
            if (c < 0 || char.ToUpperInvariant((char)c) != keyword[i])
            {
                return false;
            }
        }

        return !IsNameContinuationAt(keyword.Length);
    }

    /// <summary>
    /// Whether a name goes on at <paramref name="offset"/>, so that a keyword there is only the start of a
    /// prefixed name (<c>a:b</c>, <c>true.x:y</c>). Dots count only when a name character follows them,
    /// because a name cannot end with a dot: in <c>:s :p true.</c> the dot ends the statement.
    /// </summary>
    private bool IsNameContinuationAt(int offset)
    {
        while (_in.Peek(offset) == '.')
        {
            offset++;
        }

        var c = _in.Peek(offset);
        return c >= 0 && (c == ':' || NameChars.IsNameChar(c) || char.IsSurrogate((char)c));
    }

    private void ParsePrefixBody()
    {
        SkipWhitespace();
        var prefix = ReadPrefixNamespaceLabel();
        SkipWhitespace();
        if (_in.Peek() != '<')
        {
            throw Expected("an IRI in angle brackets for the prefix");
        }

        var iri = ReadIriRef();
        _prefixes[prefix] = iri.Value;
    }

    private void ParseBaseBody()
    {
        SkipWhitespace();
        if (_in.Peek() != '<')
        {
            throw Expected("an IRI in angle brackets for the base");
        }

        _base = ReadIriRef().Value;
    }

    /// <summary>PNAME_NS in a prefix declaration: PN_PREFIX? ':'. Returns the prefix without the colon.</summary>
    private string ReadPrefixNamespaceLabel()
    {
        var length = ScanPrefixName(0);
        if (_in.Peek(length) != ':')
        {
            throw ErrorAt(0, length == 0 ? $"expected a prefix name ending with ':', found {Describe(_in.Peek())}" : $"expected ':' after the prefix name, found {Describe(_in.Peek(length))}");
        }

        var prefix = ConsumeToString(length);
        _in.AdvanceOnLine(1);
        return prefix;
    }

    // ---------------------------------------------------------------- Turtle and TriG statements

    private void ParseTrigBlock()
    {
        var c = _in.Peek();
        if (c == '{')
        {
            ParseWrappedGraph(DefaultGraph.Instance);
            return;
        }

        if (IsKeywordAhead("GRAPH"))
        {
            _in.AdvanceOnLine(5);
            SkipWhitespace();
            Term label = _in.Peek() switch
            {
                '<' => ReadIriRef(),
                '_' => ReadBlankNodeLabel(),
                '[' => ReadAnon() ?? throw Expected("']' (a graph name can be '[]' but not a property list)"),
                ':' => ReadPrefixedName(),
                var x when x >= 0 && IsNameStart(x) => ReadPrefixedName(),
                _ => throw Expected("a graph name after GRAPH"),
            };
            SkipWhitespace();
            ParseWrappedGraph(label);
            return;
        }

        if (c == '[')
        {
            var anon = ReadAnon();
            if (anon is not null)
            {
                SkipWhitespace();
                if (_in.Peek() == '{')
                {
                    ParseWrappedGraph(anon);
                    return;
                }

                ParsePredicateObjectList(anon);
            }
            else
            {
                var node = ReadBlankNodePropertyList();
                SkipWhitespace();
                if (_in.Peek() != '.')
                {
                    ParsePredicateObjectList(node);
                }
            }
        }
        else if (c == '(')
        {
            var list = ReadCollection();
            SkipWhitespace();
            ParsePredicateObjectList(list);
        }
        else
        {
            var subject = ReadSubjectTerm();
            SkipWhitespace();
            if (_in.Peek() == '{')
            {
                ParseWrappedGraph(subject);
                return;
            }

            ParsePredicateObjectList(subject);
        }

        SkipWhitespace();
        Expect('.', "'.' to end the statement");
    }

    private void ParseWrappedGraph(Term graph)
    {
        Expect('{', "'{' to open the graph");
        _graph = graph;
        while (true)
        {
            SkipWhitespace();
            if (_in.Peek() == '}')
            {
                break;
            }

            if (_in.Peek() == '@' || IsKeywordAhead("PREFIX") || IsKeywordAhead("BASE"))
            {
                throw Error("a directive (@prefix, @base, PREFIX, BASE) cannot stand inside a graph block: move it before the block");
            }

            ParseTriples();
            SkipWhitespace();
            if (_in.Peek() == '.')
            {
                _in.AdvanceOnLine(1);
                continue;
            }

            if (_in.Peek() != '}')
            {
                throw Expected("'.' or '}' after the triples");
            }
        }

        _in.AdvanceOnLine(1);
        _graph = DefaultGraph.Instance;
    }

    /// <summary>Turtle's <c>triples</c> production.</summary>
    private void ParseTriples()
    {
        var c = _in.Peek();
        if (c == '[')
        {
            var anon = ReadAnon();
            if (anon is not null)
            {
                SkipWhitespace();
                ParsePredicateObjectList(anon);
                return;
            }

            var node = ReadBlankNodePropertyList();
            SkipWhitespace();
            if (_in.Peek() is not ('.' or '}' or -1))
            {
                ParsePredicateObjectList(node);
            }

            return;
        }

        Term subject = c == '(' ? ReadCollection() : ReadSubjectTerm();
        SkipWhitespace();
        ParsePredicateObjectList(subject);
    }

    private Term ReadSubjectTerm()
    {
        var c = _in.Peek();
        return c switch
        {
            '<' => ReadIriRef(),
            '_' when _in.Peek(1) == ':' => ReadBlankNodeLabel(),
            ':' => ReadPrefixedName(),
            _ when c >= 0 && IsNameStart(c) && !IsLiteralKeywordAhead() => ReadPrefixedName(),
            _ => throw Expected("a subject (an IRI, a prefixed name, a blank node or a collection)"),
        };
    }

    private bool IsLiteralKeywordAhead() => IsWordAhead("true") || IsWordAhead("false") || IsWordAhead("a");

    private void ParsePredicateObjectList(Term subject)
    {
        while (true)
        {
            var predicate = ReadVerb();
            SkipWhitespace();
            ParseObjectList(subject, predicate);
            SkipWhitespace();
            if (_in.Peek() != ';')
            {
                return;
            }

            while (_in.Peek() == ';')
            {
                _in.AdvanceOnLine(1);
                SkipWhitespace();
            }

            if (_in.Peek() is '.' or ']' or '}' or -1)
            {
                return;
            }
        }
    }

    private Iri ReadVerb()
    {
        var c = _in.Peek();
        if (c == '<')
        {
            return ReadIriRef();
        }

        if (c == 'a' && !IsNameContinuationAt(1))
        {
            _in.AdvanceOnLine(1);
            return RdfVocabulary.Type;
        }

        if (c == ':' || (c >= 0 && IsNameStart(c)))
        {
            return ReadPrefixedName();
        }

        throw Expected("a predicate (an IRI, a prefixed name or 'a')");
    }

    private void ParseObjectList(Term subject, Iri predicate)
    {
        while (true)
        {
            var obj = ReadObject();
            _pending.Add(new Quad(subject, predicate, obj, _graph));
            SkipWhitespace();
            if (_in.Peek() != ',')
            {
                return;
            }

            _in.AdvanceOnLine(1);
            SkipWhitespace();
        }
    }

    private Term ReadObject()
    {
        var c = _in.Peek();
        switch (c)
        {
            case '<':
                return ReadIriRef();
            case '_' when _in.Peek(1) == ':':
                return ReadBlankNodeLabel();
            case '[':
                return ReadAnon() ?? ReadBlankNodePropertyList();
            case '(':
                return ReadCollection();
            case '"' or '\'':
                return ReadLiteral();
            case >= '0' and <= '9':
            case '+' or '-' when IsDigit(_in.Peek(1)) || (_in.Peek(1) == '.' && IsDigit(_in.Peek(2))):
            case '.' when IsDigit(_in.Peek(1)):
                return ReadNumber();
            case ':':
                return ReadPrefixedName();
        }

        if (c >= 0 && IsNameStart(c))
        {
            if (IsWordAhead("true"))
            {
                _in.AdvanceOnLine(4);
                return new Literal("true", Xsd.Boolean);
            }

            if (IsWordAhead("false"))
            {
                _in.AdvanceOnLine(5);
                return new Literal("false", Xsd.Boolean);
            }

            return ReadPrefixedName();
        }

        throw Expected("an object (an IRI, a prefixed name, a blank node, a collection or a literal)");
    }

    /// <summary>Reads <c>[ ]</c> and returns a fresh blank node; null (nothing consumed) when the brackets hold a property list.</summary>
    private BlankNode? ReadAnon()
    {
        var i = 1;
        while (true)
        {
            var c = _in.Peek(i);
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                i++;
                continue;
            }

            if (c != ']')
            {
                return null;
            }

            break;
        }

        for (var k = 0; k <= i; k++)
        {
            _in.Advance();
        }

        return FreshBlankNode();
    }

    private BlankNode ReadBlankNodePropertyList()
    {
        Expect('[', "'['");
        SkipWhitespace();
        var node = FreshBlankNode();
        ParsePredicateObjectList(node);
        SkipWhitespace();
        Expect(']', "']' to close the blank node property list");
        return node;
    }

    private Term ReadCollection()
    {
        Expect('(', "'('");
        SkipWhitespace();
        if (_in.Peek() == ')')
        {
            _in.AdvanceOnLine(1);
            return RdfVocabulary.Nil;
        }

        var head = FreshBlankNode();
        var current = head;
        while (true)
        {
            var item = ReadObject();
            _pending.Add(new Quad(current, RdfVocabulary.First, item, _graph));
            SkipWhitespace();
            var c = _in.Peek();
            if (c == ')')
            {
                _in.AdvanceOnLine(1);
                _pending.Add(new Quad(current, RdfVocabulary.Rest, RdfVocabulary.Nil, _graph));
                return head;
            }

            if (c < 0)
            {
                throw Expected("')' to close the collection");
            }

            var next = FreshBlankNode();
            _pending.Add(new Quad(current, RdfVocabulary.Rest, next, _graph));
            current = next;
        }
    }

    private BlankNode FreshBlankNode() =>
        new(_freshPrefix + (++_fresh).ToString(CultureInfo.InvariantCulture));

    // ---------------------------------------------------------------- terms

    private Iri ReadIriRef()
    {
        var line = _in.Line;
        var column = _in.Column;
        _in.AdvanceOnLine(1); // '<'
        while (true)
        {
            var span = _in.Buffered;
            var stop = span.IndexOfAny(IriStops);
            if (stop < 0)
            {
                if (!_in.FillMore())
                {
                    throw new RdfParseException("unterminated IRI: end of input before '>'", _options.SourceName, line, column);
                }

                continue;
            }

            if (span[stop] == '>')
            {
                var iri = MakeIri(span[..stop], line, column);
                _in.AdvanceOnLine(stop + 1);
                return iri;
            }

            // An escape or a forbidden character: take the careful path from here.
            _text.Clear();
            _text.Append(span[..stop]);
            _in.AdvanceOnLine(stop);
            return ReadIriRefSlow(line, column);
        }
    }

    private Iri ReadIriRefSlow(int line, int column)
    {
        while (true)
        {
            var c = _in.Peek();
            switch (c)
            {
                case '>':
                    _in.AdvanceOnLine(1);
                    return MakeIri(_text.ToString(), line, column);
                case '\\':
                    var escLine = _in.Line;
                    var escColumn = _in.Column;
                    _in.AdvanceOnLine(1);
                    var next = _in.Peek();
                    if (next is not ('u' or 'U'))
                    {
                        throw ErrorAt(0, $"invalid escape {Describe(next)} in IRI: only \\u and \\U escapes are allowed");
                    }

                    var codePoint = ReadUnicodeEscape();
                    if (codePoint <= 0x20 || codePoint is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
                    {
                        throw new RdfParseException($"the escape for U+{codePoint:X4} in an IRI stands for a character IRIs forbid", _options.SourceName, escLine, escColumn);
                    }

                    AppendCodePoint(_text, codePoint);
                    break;
                case < 0:
                    throw new RdfParseException("unterminated IRI: end of input before '>'", _options.SourceName, line, column);
                case '\n' or '\r':
                    throw Error("unterminated IRI: end of line before '>'");
                case <= 0x20 or '<' or '"' or '{' or '}' or '|' or '^' or '`':
                    throw Error($"character {Describe(c)} is not allowed in an IRI");
                default:
                    _text.Append((char)c);
                    _in.AdvanceOnLine(1);
                    break;
            }
        }
    }

    private Iri MakeIri(ReadOnlySpan<char> text, int line, int column)
    {
        if (IriSyntax.SchemeLength(text) > 0)
        {
            if (!text.Contains("/.", StringComparison.Ordinal) || IsLineBased)
            {
                return _cache.Iri(text);
            }
        }
        else if (IsLineBased)
        {
            throw new RdfParseException($"relative IRI <{text}> is not allowed: N-Triples and N-Quads need absolute IRIs", _options.SourceName, line, column);
        }
        else if (_base is null)
        {
            throw new RdfParseException($"relative IRI <{text}> but no base IRI is set (give one, or use @base)", _options.SourceName, line, column);
        }

        return _cache.Iri(IriSyntax.Resolve(_base, text.ToString()));
    }

    private BlankNode ReadBlankNodeLabel()
    {
        if (_in.Peek() != '_' || _in.Peek(1) != ':')
        {
            throw Expected("a blank node label '_:...'");
        }

        _in.AdvanceOnLine(2);
        var first = CodePointAt(0, out var width);
        if (first < 0 || !(NameChars.IsBaseOrUnderscore(first) || (first >= '0' && first <= '9')))
        {
            throw Expected("a blank node label after '_:'");
        }

        var length = width;
        length = ScanNameTail(length, allowColon: false);
        var label = ConsumeToSpan(length);
        return _cache.BlankNode(_labelPrefix, label);
    }

    /// <summary>
    /// Scans <c>((PN_CHARS | '.')* PN_CHARS)?</c> from <paramref name="offset"/> without consuming,
    /// leaving out trailing dots. Returns the new end offset.
    /// </summary>
    private int ScanNameTail(int offset, bool allowColon)
    {
        var end = offset;
        var i = offset;
        while (true)
        {
            var c = CodePointAt(i, out var width);
            if (c == '.')
            {
                i++;
                continue;
            }

            if (c >= 0 && (NameChars.IsNameChar(c) || (allowColon && c == ':')))
            {
                i += width;
                end = i;
                continue;
            }

            return end;
        }
    }

    /// <summary>Scans PN_PREFIX from <paramref name="offset"/> (possibly empty); returns its length.</summary>
    private int ScanPrefixName(int offset)
    {
        var first = CodePointAt(offset, out var width);
        if (first < 0 || !NameChars.IsBase(first))
        {
            return 0;
        }

        return ScanNameTail(offset + width, allowColon: false) - offset;
    }

    private bool IsNameStart(int c) => NameChars.IsBase(c) || char.IsHighSurrogate((char)c);

    /// <summary>The code point at <paramref name="offset"/> (decoding a surrogate pair), or -1 at the end.</summary>
    private int CodePointAt(int offset, out int width)
    {
        var c = _in.Peek(offset);
        width = 1;
        if (c >= 0 && char.IsHighSurrogate((char)c))
        {
            var low = _in.Peek(offset + 1);
            if (low >= 0 && char.IsLowSurrogate((char)low))
            {
                width = 2;
                return char.ConvertToUtf32((char)c, (char)low);
            }
        }

        return c;
    }

    private Iri ReadPrefixedName()
    {
        var prefixLength = ScanPrefixName(0);
        if (_in.Peek(prefixLength) != ':')
        {
            var found = _in.Peek(prefixLength);
            throw ErrorAt(prefixLength, prefixLength == 0
                ? $"expected an IRI or a prefixed name, found {Describe(found)}"
                : $"expected ':' in a prefixed name, found {Describe(found)} (or is it a misspelt keyword?)");
        }

        var line = _in.Line;
        var column = _in.Column;
        var prefix = _in.Buffered[..prefixLength];
        if (!_prefixLookup.TryGetValue(prefix, out var ns))
        {
            throw new RdfParseException($"undefined prefix '{prefix}:'", _options.SourceName, line, column);
        }

        _in.AdvanceOnLine(prefixLength + 1);
        var length = ns.Length;
        EnsureScratch(length + 64);
        ns.CopyTo(_scratch);

        // PN_LOCAL: (PN_CHARS_U | ':' | [0-9] | PLX) ((PN_CHARS | '.' | ':' | PLX)* (PN_CHARS | ':' | PLX))?
        var first = true;
        while (true)
        {
            var c = CodePointAt(0, out var width);
            if (c == '\\')
            {
                var escaped = _in.Peek(1);
                if (escaped < 0 || !NameChars.IsLocalEscapable(escaped))
                {
                    throw ErrorAt(1, $"invalid escape {Describe(escaped)} in a local name");
                }

                _in.AdvanceOnLine(2);
                Append((char)escaped);
            }
            else if (c == '%')
            {
                if (!IsHex(_in.Peek(1)) || !IsHex(_in.Peek(2)))
                {
                    throw Error("'%' in a local name must be followed by two hexadecimal digits");
                }

                Append('%');
                Append((char)_in.Peek(1));
                Append((char)_in.Peek(2));
                _in.AdvanceOnLine(3);
            }
            else if (c >= 0 && (NameChars.IsNameChar(c) || c == ':') && (!first || c != '-') && (!first || c != 0xB7) && (!first || !(c >= 0x0300 && c <= 0x036F) && !(c >= 0x203F && c <= 0x2040)))
            {
                for (var k = 0; k < width; k++)
                {
                    Append((char)_in.Peek(0));
                    _in.AdvanceOnLine(1);
                }
            }
            else if (c == '.' && !first && LocalNameContinuesAfterDots())
            {
                Append('.');
                _in.AdvanceOnLine(1);
            }
            else
            {
                break;
            }

            first = false;
        }

        return _cache.Iri(_scratch.AsSpan(0, length));

        void Append(char ch)
        {
            EnsureScratch(length + 1);
            _scratch[length++] = ch;
        }
    }

    /// <summary>At a '.', whether more local-name characters follow the run of dots (a name cannot end with '.').</summary>
    private bool LocalNameContinuesAfterDots()
    {
        var i = 0;
        while (_in.Peek(i) == '.')
        {
            i++;
        }

        var c = CodePointAt(i, out _);
        return c >= 0 && (NameChars.IsNameChar(c) || c == ':' || c == '%' || c == '\\');
    }

    private void EnsureScratch(int size)
    {
        if (_scratch.Length < size)
        {
            Array.Resize(ref _scratch, Math.Max(size, _scratch.Length * 2));
        }
    }

    private static bool IsHex(int c) => c >= 0 && char.IsAsciiHexDigit((char)c);

    private Literal ReadLiteral()
    {
        var lexical = ReadString();
        var c = _in.Peek();
        if (c == '@')
        {
            _in.AdvanceOnLine(1);
            var length = 0;
            while (_in.Peek(length) is var x && x >= 0 && (char.IsAsciiLetterOrDigit((char)x) || x == '-'))
            {
                length++;
            }

            var tag = _in.Buffered[..length];
            if (!LanguageTag.IsWellFormed(tag))
            {
                throw Error(length == 0 ? $"expected a language tag after '@', found {Describe(_in.Peek())}" : $"invalid language tag '{tag}'");
            }

            return new Literal(lexical, ConsumeToString(length));
        }

        if (c == '^')
        {
            if (_in.Peek(1) != '^')
            {
                throw ErrorAt(1, $"expected '^^' before a datatype, found {Describe(_in.Peek(1))}");
            }

            _in.AdvanceOnLine(2);
            Iri datatype;
            if (_in.Peek() == '<')
            {
                datatype = ReadIriRef();
            }
            else if (!IsLineBased && (_in.Peek() == ':' || (_in.Peek() >= 0 && IsNameStart(_in.Peek()))))
            {
                datatype = ReadPrefixedName();
            }
            else
            {
                throw Expected(IsLineBased ? "a datatype IRI after '^^'" : "a datatype IRI or prefixed name after '^^'");
            }

            if (datatype.Value == RdfVocabulary.LangStringIri)
            {
                throw Error("rdf:langString needs a language tag ('@'), not a '^^' datatype");
            }

            return new Literal(lexical, datatype);
        }

        return new Literal(lexical);
    }

    private string ReadString()
    {
        var quote = _in.Peek();
        if (IsLineBased && quote != '"')
        {
            throw Expected("'\"' to start a string");
        }

        if (!IsLineBased && _in.Peek(1) == quote && _in.Peek(2) == quote)
        {
            return ReadLongString((char)quote);
        }

        var line = _in.Line;
        var column = _in.Column;
        _in.AdvanceOnLine(1);
        var stops = quote == '"' ? DoubleQuoteStops : SingleQuoteStops;
        while (true)
        {
            var span = _in.Buffered;
            var stop = span.IndexOfAny(stops);
            if (stop < 0)
            {
                if (!_in.FillMore())
                {
                    throw new RdfParseException("unterminated string: end of input before the closing quote", _options.SourceName, line, column);
                }

                continue;
            }

            if (span[stop] == quote)
            {
                var value = span[..stop].ToString();
                _in.AdvanceOnLine(stop + 1);
                return value;
            }

            _text.Clear();
            _text.Append(span[..stop]);
            _in.AdvanceOnLine(stop);
            break;
        }

        while (true)
        {
            var c = _in.Peek();
            if (c == quote)
            {
                _in.AdvanceOnLine(1);
                return _text.ToString();
            }

            switch (c)
            {
                case < 0:
                    throw new RdfParseException("unterminated string: end of input before the closing quote", _options.SourceName, line, column);
                case '\n' or '\r':
                    throw Error("unterminated string: end of line before the closing quote (use \\n, or a \"\"\"long string\"\"\" in Turtle)");
                case '\\':
                    ReadStringEscape();
                    break;
                default:
                    _text.Append((char)c);
                    _in.AdvanceOnLine(1);
                    break;
            }
        }
    }

    private string ReadLongString(char quote)
    {
        var line = _in.Line;
        var column = _in.Column;
        _in.AdvanceOnLine(3);
        _text.Clear();
        while (true)
        {
            var c = _in.Peek();
            if (c == quote && _in.Peek(1) == quote && _in.Peek(2) == quote)
            {
                _in.AdvanceOnLine(3);
                return _text.ToString();
            }

            switch (c)
            {
                case < 0:
                    throw new RdfParseException("unterminated long string: end of input before the closing quotes", _options.SourceName, line, column);
                case '\\':
                    ReadStringEscape();
                    break;
                default:
                    _text.Append((char)c);
                    _in.Advance();
                    break;
            }
        }
    }

    /// <summary>At a backslash in a string: ECHAR or UCHAR, appended to <see cref="_text"/>.</summary>
    private void ReadStringEscape()
    {
        var next = _in.Peek(1);
        char? simple = next switch
        {
            't' => '\t',
            'b' => '\b',
            'n' => '\n',
            'r' => '\r',
            'f' => '\f',
            '"' => '"',
            '\'' => '\'',
            '\\' => '\\',
            _ => null,
        };
        if (simple is { } ch)
        {
            _in.AdvanceOnLine(2);
            _text.Append(ch);
            return;
        }

        if (next is 'u' or 'U')
        {
            _in.AdvanceOnLine(1);
            AppendCodePoint(_text, ReadUnicodeEscape());
            return;
        }

        throw ErrorAt(0, $"invalid escape sequence '\\{(next < 0 ? string.Empty : ((char)next).ToString())}' in a string");
    }

    /// <summary>At 'u' or 'U' after a backslash: reads the hex digits and returns the code point.</summary>
    private int ReadUnicodeEscape()
    {
        var digits = _in.Peek() == 'u' ? 4 : 8;
        var value = 0;
        for (var i = 1; i <= digits; i++)
        {
            var h = _in.Peek(i);
            if (!IsHex(h))
            {
                throw ErrorAt(i, $"expected {digits} hexadecimal digits after '\\{(char)_in.Peek()}', found {Describe(h)}");
            }

            value = (value * 16) + HexValue(h);
        }

        _in.AdvanceOnLine(digits + 1);

        // A UTF-16 surrogate pair written as two \u escapes, as JSON does, is read as the one character it encodes.
        if (value is >= 0xD800 and <= 0xDBFF && _in.Peek() == '\\' && _in.Peek(1) == 'u')
        {
            var low = 0;
            var ok = true;
            for (var i = 2; i < 6; i++)
            {
                var h = _in.Peek(i);
                if (!IsHex(h))
                {
                    ok = false;
                    break;
                }

                low = (low * 16) + HexValue(h);
            }

            if (ok && low is >= 0xDC00 and <= 0xDFFF)
            {
                _in.AdvanceOnLine(6);
                return char.ConvertToUtf32((char)value, (char)low);
            }
        }

        if (value is >= 0xD800 and <= 0xDFFF || value > 0x10FFFF)
        {
            throw Error($"the escape stands for U+{value:X4}, which is not a Unicode character");
        }

        return value;
    }

    private static int HexValue(int h) => h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10;

    private static void AppendCodePoint(StringBuilder sb, int codePoint)
    {
        if (codePoint < 0x10000)
        {
            sb.Append((char)codePoint);
        }
        else
        {
            sb.Append(char.ConvertFromUtf32(codePoint));
        }
    }

    private Literal ReadNumber()
    {
        // INTEGER [+-]?[0-9]+ | DECIMAL [+-]?[0-9]*'.'[0-9]+ | DOUBLE with an exponent.
        var i = 0;
        if (_in.Peek(0) is '+' or '-')
        {
            i++;
        }

        var intDigits = CountDigits(i);
        i += intDigits;
        var fracDigits = 0;
        var hasDot = false;
        if (_in.Peek(i) == '.' && (IsDigit(_in.Peek(i + 1)) || (intDigits > 0 && IsExponentAt(i + 1))))
        {
            hasDot = true;
            fracDigits = CountDigits(i + 1);
            i += 1 + fracDigits;
        }

        if (intDigits == 0 && fracDigits == 0)
        {
            throw Expected("a number");
        }

        if (IsExponentAt(i))
        {
            i += ExponentLength(i);
            return new Literal(ConsumeToString(i), Xsd.Double);
        }

        return new Literal(ConsumeToString(i), hasDot ? Xsd.Decimal : Xsd.Integer);
    }

    private int CountDigits(int offset)
    {
        var n = 0;
        while (IsDigit(_in.Peek(offset + n)))
        {
            n++;
        }

        return n;
    }

    private bool IsExponentAt(int offset) => ExponentLength(offset) > 0;

    /// <summary>Length of <c>[eE][+-]?[0-9]+</c> at the offset, or 0.</summary>
    private int ExponentLength(int offset)
    {
        if (_in.Peek(offset) is not ('e' or 'E'))
        {
            return 0;
        }

        var i = offset + 1;
        if (_in.Peek(i) is '+' or '-')
        {
            i++;
        }

        var digits = CountDigits(i);
        return digits == 0 ? 0 : i + digits - offset;
    }

    private static bool IsDigit(int c) => c >= '0' && c <= '9';

    // ---------------------------------------------------------------- low-level helpers

    /// <summary>Skips white space and comments (Turtle, TriG, and between N-Triples lines).</summary>
    private void SkipWhitespace()
    {
        while (true)
        {
            var c = _in.Peek();
            if (c is ' ' or '\t' or '\r')
            {
                _in.AdvanceOnLine(1);
            }
            else if (c == '\n')
            {
                _in.Advance();
            }
            else if (c == '#')
            {
                SkipComment();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipComment()
    {
        while (_in.Peek() is var c && c >= 0 && c != '\n' && c != '\r')
        {
            _in.AdvanceOnLine(1);
        }
    }

    private void Expect(char c, string what)
    {
        if (_in.Peek() != c)
        {
            throw Expected(what);
        }

        _in.Advance();
    }

    private string ConsumeToString(int length)
    {
        _in.Ensure(length);
        var s = _in.Buffered[..length].ToString();
        _in.AdvanceOnLine(length);
        return s;
    }

    /// <summary>Consumes and returns a span that stays valid until the next read.</summary>
    private ReadOnlySpan<char> ConsumeToSpan(int length)
    {
        _in.Ensure(length);
        var span = _in.Buffered[..length];
        _in.AdvanceOnLine(length);
        return span;
    }

    /// <summary>
    /// Skips to the next statement boundary after an error in lenient mode: always consumes at least
    /// one character, so that a reader can never loop on one error.
    /// </summary>
    private void Recover()
    {
        if (_in.AtEnd)
        {
            return;
        }

        if (IsLineBased)
        {
            while (_in.Peek() is var c && c >= 0 && c != '\n')
            {
                _in.Advance();
            }

            if (!_in.AtEnd)
            {
                _in.Advance();
            }

            return;
        }

        while (true)
        {
            var c = _in.Peek();
            if (c < 0)
            {
                return;
            }

            _in.Advance();
            if (c is '"' or '<')
            {
                // Skip over a string or an IRI on this line so that a '.' inside it is not taken as the end.
                var close = c == '<' ? '>' : '"';
                while (_in.Peek() is var d && d >= 0 && d != close && d != '\n')
                {
                    if (d == '\\')
                    {
                        _in.Advance();
                    }

                    if (!_in.AtEnd)
                    {
                        _in.Advance();
                    }
                }

                if (_in.Peek() == close)
                {
                    _in.Advance();
                }
            }
            else if ((c == '.' || c == '}') && _in.Peek() is -1 or ' ' or '\t' or '\r' or '\n')
            {
                return;
            }
        }
    }

    private RdfParseException Error(string description) =>
        new(description, _options.SourceName, _in.Line, _in.Column);

    /// <summary>An error at <paramref name="offset"/> characters ahead on the current line.</summary>
    private RdfParseException ErrorAt(int offset, string description) =>
        new(description, _options.SourceName, _in.Line, _in.Column + offset);

    private RdfParseException Expected(string what) => Error($"expected {what}, found {Describe(_in.Peek())}");

    /// <summary>How a character is named in an error message.</summary>
    private static string Describe(int c) => c switch
    {
        < 0 => "end of input",
        '\n' or '\r' => "end of line",
        '\'' => "\"'\"",
        <= 0x20 or 0x7F => $"U+{c:X4}",
        _ when char.IsSurrogate((char)c) => "a character outside the Basic Multilingual Plane",
        _ => $"'{(char)c}'",
    };
}
