using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>Triples, blank node property lists, collections and property paths.</summary>
public sealed partial class SparqlParser
{
    // Blank node label scope: in a query a label belongs to one basic graph pattern; in an update, to one operation.
    private readonly Dictionary<string, int> _labelBgp = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _labelOperation = new(StringComparer.Ordinal);
    private int _bgpCounter;
    private int _currentBgp;
    private int _operationIndex = -1;
    private int _freshCounter;

    /// <summary>A fresh non-distinguished node: a blank-node variable in patterns, a blank node in templates.</summary>
    private PatternNode FreshNode(TriplesContext context, Token at)
    {
        var n = _freshCounter++;
        if (context.IsPattern)
        {
            return new Variable("?." + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!context.AllowBlankNodes)
        {
            throw ErrorAt(at, $"blank nodes are not allowed in {context.Clause}");
        }

        return new TermNode(new BlankNode("." + n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private PatternNode LabelledBlankNode(Token t, TriplesContext context)
    {
        var label = t.Value!;
        if (!context.AllowBlankNodes)
        {
            throw ErrorAt(t, $"blank nodes are not allowed in {context.Clause}");
        }

        if (_operationIndex >= 0)
        {
            if (_labelOperation.TryGetValue(label, out var op) && op != _operationIndex)
            {
                throw ErrorAt(t, $"the blank node label '_:{label}' is already used in an earlier operation of this update request");
            }

            _labelOperation[label] = _operationIndex;
        }

        if (!context.IsPattern)
        {
            return new TermNode(new BlankNode(label));
        }

        if (_labelBgp.TryGetValue(label, out var bgp) && bgp != _currentBgp)
        {
            throw ErrorAt(t, $"the blank node label '_:{label}' is already used in another basic graph pattern");
        }

        _labelBgp[label] = _currentBgp;
        return new Variable("?" + label);
    }

    private bool StartsTriples(Token t) =>
        t.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName or TokenKind.BlankNodeLabel
            or TokenKind.String or TokenKind.Integer or TokenKind.Decimal or TokenKind.Double
            or TokenKind.LParen or TokenKind.LBracket
        || (t.Kind is TokenKind.Plus or TokenKind.Minus && IsNumberKind(Ahead(1).Kind))
        || IsWord(t, "true") || IsWord(t, "false");

    /// <summary>
    /// TriplesBlock / TriplesTemplate / ConstructTriples: triples separated by '.'. Returns true when the
    /// block ended with a '.', so that another block may follow directly.
    /// </summary>
    private bool ParseTriplesBlock(List<object> sink, TriplesContext context)
    {
        while (true)
        {
            ParseTriplesSameSubject(sink, context);
            if (!Accept(TokenKind.Dot))
            {
                return false;
            }

            if (!StartsTriples(Cur))
            {
                return true;
            }
        }
    }

    private void ParseTriplesSameSubject(List<object> sink, TriplesContext context)
    {
        var t = Cur;
        if (t.Kind == TokenKind.LBracket && Ahead(1).Kind != TokenKind.RBracket)
        {
            var subject = ParseBlankNodePropertyList(sink, context);
            if (StartsVerb(context))
            {
                ParsePropertyList(subject, sink, context);
            }

            return;
        }

        if (t.Kind == TokenKind.LParen && Ahead(1).Kind != TokenKind.RParen)
        {
            var subject = ParseCollection(sink, context);
            if (StartsVerb(context))
            {
                ParsePropertyList(subject, sink, context);
            }

            return;
        }

        var s = ParseVarOrTerm(context);
        if (!StartsVerb(context))
        {
            throw Expected(context.IsPattern ? "a predicate (an IRI, a variable, 'a' or a property path)" : "a predicate (an IRI, a variable or 'a')");
        }

        ParsePropertyList(s, sink, context);
    }

    private bool StartsVerb(TriplesContext context)
    {
        var t = Cur;
        if (t.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName || IsWord(t, "a"))
        {
            return true;
        }

        return context.IsPattern && t.Kind is TokenKind.Caret or TokenKind.Bang or TokenKind.LParen;
    }

    /// <summary>PropertyListNotEmpty: verb objectList ( ';' ( verb objectList )? )*.</summary>
    private void ParsePropertyList(PatternNode subject, List<object> sink, TriplesContext context)
    {
        while (true)
        {
            object verb;
            if (Cur.Kind == TokenKind.Variable)
            {
                verb = ParseVariable();
                if (!context.AllowVariables)
                {
                    throw ErrorAt(_tokens[_i - 1], $"variables are not allowed in {context.Clause}");
                }
            }
            else if (context.IsPattern)
            {
                var path = ParsePath();
                verb = path is LinkPath link ? new TermNode(link.Predicate) : path;
            }
            else if (AcceptWord("a"))
            {
                verb = new TermNode(RdfVocabulary.Type);
            }
            else
            {
                verb = new TermNode(ParseIri("a predicate (an IRI, a variable or 'a')"));
            }

            while (true)
            {
                var obj = ParseGraphNode(sink, context);
                Emit(subject, verb, obj, sink);
                if (!Accept(TokenKind.Comma))
                {
                    break;
                }
            }

            if (Cur.Kind != TokenKind.Semicolon)
            {
                return;
            }

            while (Accept(TokenKind.Semicolon))
            {
            }

            if (!StartsVerb(context))
            {
                return;
            }
        }
    }

    private void Emit(PatternNode subject, object verb, PatternNode obj, List<object> sink)
    {
        if (verb is PatternNode p)
        {
            sink.Add(new TriplePattern(subject, p, obj));
        }
        else
        {
            EmitPath(subject, (PropertyPath)verb, obj, sink);
        }
    }

    /// <summary>Section 18.2.2.4: links become triples, inverses swap ends, sequences go through a fresh variable.</summary>
    private void EmitPath(PatternNode subject, PropertyPath path, PatternNode obj, List<object> sink)
    {
        switch (path)
        {
            case LinkPath link:
                sink.Add(new TriplePattern(subject, new TermNode(link.Predicate), obj));
                break;
            case InversePath { Path: LinkPath inner }:
                sink.Add(new TriplePattern(obj, new TermNode(inner.Predicate), subject));
                break;
            case SequencePath seq:
                var middle = new Variable("?." + (_freshCounter++).ToString(System.Globalization.CultureInfo.InvariantCulture));
                EmitPath(subject, seq.Left, middle, sink);
                EmitPath(middle, seq.Right, obj, sink);
                break;
            default:
                sink.Add(new PathPattern(subject, path, obj));
                break;
        }
    }

    private PatternNode ParseGraphNode(List<object> sink, TriplesContext context)
    {
        var t = Cur;
        if (t.Kind == TokenKind.LBracket && Ahead(1).Kind != TokenKind.RBracket)
        {
            return ParseBlankNodePropertyList(sink, context);
        }

        if (t.Kind == TokenKind.LParen && Ahead(1).Kind != TokenKind.RParen)
        {
            return ParseCollection(sink, context);
        }

        return ParseVarOrTerm(context);
    }

    private PatternNode ParseBlankNodePropertyList(List<object> sink, TriplesContext context)
    {
        var open = Expect(TokenKind.LBracket, "'['");
        var node = FreshNode(context, open);
        if (!StartsVerb(context))
        {
            throw Expected("a predicate inside '[ ]'");
        }

        ParsePropertyList(node, sink, context);
        Expect(TokenKind.RBracket, "']' to close the blank node property list");
        return node;
    }

    private PatternNode ParseCollection(List<object> sink, TriplesContext context)
    {
        var open = Expect(TokenKind.LParen, "'('");
        var items = new List<PatternNode>();
        while (!Accept(TokenKind.RParen))
        {
            if (Cur.Kind == TokenKind.EndOfInput)
            {
                throw Expected("')' to close the collection");
            }

            items.Add(ParseGraphNode(sink, context));
        }

        var head = FreshNode(context, open);
        var node = head;
        for (var i = 0; i < items.Count; i++)
        {
            sink.Add(new TriplePattern(node, new TermNode(RdfVocabulary.First), items[i]));
            var next = i == items.Count - 1 ? new TermNode(RdfVocabulary.Nil) : FreshNode(context, open);
            sink.Add(new TriplePattern(node, new TermNode(RdfVocabulary.Rest), next));
            node = next;
        }

        return head;
    }

    private PatternNode ParseVarOrTerm(TriplesContext context)
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Variable:
                if (!context.AllowVariables)
                {
                    throw ErrorAt(t, $"variables are not allowed in {context.Clause}");
                }

                return ParseVariable();
            case TokenKind.IriRef:
            case TokenKind.PrefixedName:
                return new TermNode(ParseIri());
            case TokenKind.BlankNodeLabel:
                _i++;
                return LabelledBlankNode(t, context);
            case TokenKind.LBracket when Ahead(1).Kind == TokenKind.RBracket:
                _i += 2;
                return FreshNode(context, t);
            case TokenKind.LParen when Ahead(1).Kind == TokenKind.RParen:
                _i += 2;
                return new TermNode(RdfVocabulary.Nil);
        }

        if (AtLiteral())
        {
            return new TermNode(ParseLiteral());
        }

        throw Expected("a variable, an IRI, a literal or a blank node");
    }

    // ---- property paths (18.1.7) ----

    private PropertyPath ParsePath()
    {
        var left = ParsePathSequence();
        while (Accept(TokenKind.Pipe))
        {
            left = new AlternativePath(left, ParsePathSequence());
        }

        return left;
    }

    private PropertyPath ParsePathSequence()
    {
        var left = ParsePathEltOrInverse();
        while (Accept(TokenKind.Slash))
        {
            left = new SequencePath(left, ParsePathEltOrInverse());
        }

        return left;
    }

    private PropertyPath ParsePathEltOrInverse()
    {
        if (Accept(TokenKind.Caret))
        {
            return new InversePath(ParsePathElt());
        }

        return ParsePathElt();
    }

    private PropertyPath ParsePathElt()
    {
        var primary = ParsePathPrimary();
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Star:
                _i++;
                return new ZeroOrMorePath(primary);
            case TokenKind.Plus when !(IsNumberKind(Ahead(1).Kind) && Ahead(1).Start == t.End):
                _i++;
                return new OneOrMorePath(primary);
            case TokenKind.Question:
                _i++;
                return new ZeroOrOnePath(primary);
            default:
                return primary;
        }
    }

    private PropertyPath ParsePathPrimary()
    {
        if (AcceptWord("a"))
        {
            return new LinkPath(RdfVocabulary.Type);
        }

        if (IsIriStart(Cur))
        {
            return new LinkPath(ParseIri());
        }

        if (Accept(TokenKind.Bang))
        {
            return ParseNegatedPropertySet();
        }

        if (Accept(TokenKind.LParen))
        {
            var inner = ParsePath();
            Expect(TokenKind.RParen, "')' to close the path");
            return inner;
        }

        throw Expected("a property path (an IRI, 'a', '^', '!' or '(')");
    }

    private NegatedPropertySet ParseNegatedPropertySet()
    {
        var forward = new List<Iri>();
        var inverse = new List<Iri>();
        if (Accept(TokenKind.LParen))
        {
            if (!Accept(TokenKind.RParen))
            {
                do
                {
                    ParsePathOneInPropertySet(forward, inverse);
                }
                while (Accept(TokenKind.Pipe));

                Expect(TokenKind.RParen, "'|' or ')' in the negated property set");
            }
        }
        else
        {
            ParsePathOneInPropertySet(forward, inverse);
        }

        return new NegatedPropertySet(forward.ToValueArray(), inverse.ToValueArray());
    }

    private void ParsePathOneInPropertySet(List<Iri> forward, List<Iri> inverse)
    {
        var list = Accept(TokenKind.Caret) ? inverse : forward;
        if (AcceptWord("a"))
        {
            list.Add(RdfVocabulary.Type);
        }
        else
        {
            list.Add(ParseIri("an IRI, 'a' or '^' in the negated property set"));
        }
    }
}
