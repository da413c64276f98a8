using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// Recursive-descent parser for the SPARQL 1.1 Query and Update grammars (section 19), translating
/// as it goes to the algebra of section 18.2. Besides the grammar it enforces the rules the spec states
/// in prose (scope of BIND and SELECT expressions, grouping, where aggregates may appear, blank node
/// label scope, no variables in data, no blank nodes in deletes).
/// </summary>
public sealed partial class SparqlParser
{
    private readonly SparqlLexer _lexer;
    private readonly List<Token> _tokens;
    private readonly string _text;
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);
    private string? _baseIri;
    private int _i;

    private SparqlParser(string text, string? baseIri, string? sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        _text = text;
        _lexer = new SparqlLexer(text, sourceName);
        _tokens = _lexer.Tokenize();
        _baseIri = baseIri;
    }

    /// <summary>Parses a SPARQL 1.1 query and translates it to the algebra.</summary>
    /// <param name="text">The query text.</param>
    /// <param name="baseIri">The base IRI for relative IRIs (a BASE declaration overrides it); null keeps them relative.</param>
    /// <param name="sourceName">Prefixed to error messages (a file name), or null.</param>
    /// <exception cref="SparqlParseException">The text is not a valid query.</exception>
    public static Query ParseQuery(string text, string? baseIri = null, string? sourceName = null) =>
        new SparqlParser(text, baseIri, sourceName).Query();

    /// <summary>Parses a SPARQL 1.1 update request (operations separated by ';').</summary>
    /// <exception cref="SparqlParseException">The text is not a valid update request.</exception>
    public static UpdateRequest ParseUpdate(string text, string? baseIri = null, string? sourceName = null) =>
        new SparqlParser(text, baseIri, sourceName).UpdateRequest();

    private Token Cur => _tokens[_i];

    private Token Ahead(int k) => _tokens[Math.Min(_i + k, _tokens.Count - 1)];

    private Prologue CurrentPrologue() => new(_baseIri, new Dictionary<string, string>(_prefixes, StringComparer.Ordinal));

    // ---- token helpers ----

    private bool IsWord(string keyword) => IsWord(Cur, keyword);

    private bool IsWord(Token t, string keyword) =>
        t.Kind == TokenKind.Word && _text.AsSpan(t.Start, t.End - t.Start).Equals(keyword, StringComparison.OrdinalIgnoreCase);

    private bool AcceptWord(string keyword)
    {
        if (IsWord(keyword))
        {
            _i++;
            return true;
        }

        return false;
    }

    private void ExpectWord(string keyword, string? context = null)
    {
        if (!AcceptWord(keyword))
        {
            throw Expected($"'{keyword}'" + (context is null ? string.Empty : " " + context));
        }
    }

    private bool Accept(TokenKind kind)
    {
        if (Cur.Kind == kind)
        {
            _i++;
            return true;
        }

        return false;
    }

    private Token Expect(TokenKind kind, string what)
    {
        var t = Cur;
        if (t.Kind != kind)
        {
            throw Expected(what);
        }

        _i++;
        return t;
    }

    private string TokenText(Token t) => _text[t.Start..t.End];

    private string Describe(Token t) => t.Kind == TokenKind.EndOfInput
        ? "end of input"
        : "'" + (t.End - t.Start > 40 ? _text.Substring(t.Start, 37) + "..." : TokenText(t)) + "'";

    private SparqlParseException Expected(string what) => ErrorAt(Cur, $"expected {what}, found {Describe(Cur)}");

    private SparqlParseException ErrorAt(Token t, string description) => _lexer.Error(t.Start, description);

    // ---- prologue ----

    private void ParsePrologue()
    {
        while (true)
        {
            if (AcceptWord("BASE"))
            {
                var t = Expect(TokenKind.IriRef, "an IRI in angle brackets after BASE");
                _baseIri = Resolve(t);
            }
            else if (AcceptWord("PREFIX"))
            {
                var t = Cur;
                if (t.Kind != TokenKind.PrefixedName || t.Value!.Length != t.PrefixLength)
                {
                    throw Expected("a prefix name ending in ':' after PREFIX");
                }

                _i++;
                var iri = Expect(TokenKind.IriRef, "an IRI in angle brackets after the prefix name");
                _prefixes[t.Value] = Resolve(iri);
            }
            else
            {
                return;
            }
        }
    }

    private string Resolve(Token iriRef)
    {
        var value = iriRef.Value!;
        try
        {
            return IriSyntax.Resolve(_baseIri, value);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw ErrorAt(iriRef, $"cannot resolve the IRI <{value}>: {e.Message}");
        }
    }

    // ---- IRIs and terms ----

    private bool IsIriStart(Token t) => t.Kind is TokenKind.IriRef or TokenKind.PrefixedName;

    private Iri ParseIri(string what = "an IRI")
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.IriRef:
                _i++;
                return new Iri(Resolve(t));
            case TokenKind.PrefixedName:
                _i++;
                return ExpandPrefixedName(t);
            default:
                throw Expected(what);
        }
    }

    private Iri ExpandPrefixedName(Token t)
    {
        var prefix = t.Value![..t.PrefixLength];
        if (!_prefixes.TryGetValue(prefix, out var ns))
        {
            throw ErrorAt(t, $"the prefix '{prefix}:' is not declared");
        }

        return new Iri(ns + t.Value[t.PrefixLength..]);
    }

    private static bool IsNumberKind(TokenKind kind) => kind is TokenKind.Integer or TokenKind.Decimal or TokenKind.Double;

    /// <summary>True when the current token is a sign directly followed by a number (one signed numeric literal).</summary>
    private bool AtSignedNumber() =>
        Cur.Kind is TokenKind.Plus or TokenKind.Minus && IsNumberKind(Ahead(1).Kind) && Ahead(1).Start == Cur.End;

    private bool AtLiteral() =>
        Cur.Kind is TokenKind.String or TokenKind.Integer or TokenKind.Decimal or TokenKind.Double
        || AtSignedNumber() || IsWord("true") || IsWord("false");

    /// <summary>RDFLiteral | NumericLiteral | BooleanLiteral, with an optional sign joined to a number.</summary>
    private Literal ParseLiteral()
    {
        var t = Cur;
        if (t.Kind == TokenKind.String)
        {
            _i++;
            if (Cur.Kind == TokenKind.LangTag)
            {
                var tag = Cur;
                _i++;
                return new Literal(t.Value!, tag.Value!);
            }

            if (Accept(TokenKind.CaretCaret))
            {
                return new Literal(t.Value!, ParseIri("a datatype IRI after '^^'"));
            }

            return new Literal(t.Value!);
        }

        var sign = string.Empty;
        if (AtSignedNumber())
        {
            sign = t.Kind == TokenKind.Minus ? "-" : "+";
            _i++;
            t = Cur;
        }

        switch (t.Kind)
        {
            case TokenKind.Integer:
                _i++;
                return new Literal(sign + t.Value, Rdf.Vocabulary.Xsd.Integer);
            case TokenKind.Decimal:
                _i++;
                return new Literal(sign + t.Value, Rdf.Vocabulary.Xsd.Decimal);
            case TokenKind.Double:
                _i++;
                return new Literal(sign + t.Value, Rdf.Vocabulary.Xsd.Double);
        }

        if (AcceptWord("true"))
        {
            return new Literal("true", Rdf.Vocabulary.Xsd.Boolean);
        }

        if (AcceptWord("false"))
        {
            return new Literal("false", Rdf.Vocabulary.Xsd.Boolean);
        }

        throw Expected("a literal");
    }

    private Variable ParseVariable(string what = "a variable")
    {
        var t = Expect(TokenKind.Variable, what);
        return new Variable(t.Value!);
    }

    private PatternNode ParseVarOrIri(string what)
    {
        if (Cur.Kind == TokenKind.Variable)
        {
            return ParseVariable();
        }

        if (IsIriStart(Cur))
        {
            return new TermNode(ParseIri());
        }

        throw Expected(what);
    }
}
