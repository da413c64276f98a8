using System.Globalization;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>Expressions (grammar rules 110-129), builtin calls and aggregates.</summary>
public sealed partial class SparqlParser
{
    private static readonly Dictionary<string, (BuiltinFunction Function, int Min, int Max)> Builtins =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["STR"] = (BuiltinFunction.Str, 1, 1),
            ["LANG"] = (BuiltinFunction.Lang, 1, 1),
            ["LANGMATCHES"] = (BuiltinFunction.LangMatches, 2, 2),
            ["DATATYPE"] = (BuiltinFunction.Datatype, 1, 1),
            ["IRI"] = (BuiltinFunction.Iri, 1, 1),
            ["URI"] = (BuiltinFunction.Iri, 1, 1),
            ["BNODE"] = (BuiltinFunction.BNode, 0, 1),
            ["RAND"] = (BuiltinFunction.Rand, 0, 0),
            ["ABS"] = (BuiltinFunction.Abs, 1, 1),
            ["CEIL"] = (BuiltinFunction.Ceil, 1, 1),
            ["FLOOR"] = (BuiltinFunction.Floor, 1, 1),
            ["ROUND"] = (BuiltinFunction.Round, 1, 1),
            ["CONCAT"] = (BuiltinFunction.Concat, 0, int.MaxValue),
            ["SUBSTR"] = (BuiltinFunction.SubStr, 2, 3),
            ["STRLEN"] = (BuiltinFunction.StrLen, 1, 1),
            ["REPLACE"] = (BuiltinFunction.Replace, 3, 4),
            ["UCASE"] = (BuiltinFunction.UCase, 1, 1),
            ["LCASE"] = (BuiltinFunction.LCase, 1, 1),
            ["ENCODE_FOR_URI"] = (BuiltinFunction.EncodeForUri, 1, 1),
            ["CONTAINS"] = (BuiltinFunction.Contains, 2, 2),
            ["STRSTARTS"] = (BuiltinFunction.StrStarts, 2, 2),
            ["STRENDS"] = (BuiltinFunction.StrEnds, 2, 2),
            ["STRBEFORE"] = (BuiltinFunction.StrBefore, 2, 2),
            ["STRAFTER"] = (BuiltinFunction.StrAfter, 2, 2),
            ["YEAR"] = (BuiltinFunction.Year, 1, 1),
            ["MONTH"] = (BuiltinFunction.Month, 1, 1),
            ["DAY"] = (BuiltinFunction.Day, 1, 1),
            ["HOURS"] = (BuiltinFunction.Hours, 1, 1),
            ["MINUTES"] = (BuiltinFunction.Minutes, 1, 1),
            ["SECONDS"] = (BuiltinFunction.Seconds, 1, 1),
            ["TIMEZONE"] = (BuiltinFunction.Timezone, 1, 1),
            ["TZ"] = (BuiltinFunction.Tz, 1, 1),
            ["NOW"] = (BuiltinFunction.Now, 0, 0),
            ["UUID"] = (BuiltinFunction.Uuid, 0, 0),
            ["STRUUID"] = (BuiltinFunction.StrUuid, 0, 0),
            ["MD5"] = (BuiltinFunction.Md5, 1, 1),
            ["SHA1"] = (BuiltinFunction.Sha1, 1, 1),
            ["SHA256"] = (BuiltinFunction.Sha256, 1, 1),
            ["SHA384"] = (BuiltinFunction.Sha384, 1, 1),
            ["SHA512"] = (BuiltinFunction.Sha512, 1, 1),
            ["COALESCE"] = (BuiltinFunction.Coalesce, 0, int.MaxValue),
            ["IF"] = (BuiltinFunction.If, 3, 3),
            ["STRLANG"] = (BuiltinFunction.StrLang, 2, 2),
            ["STRDT"] = (BuiltinFunction.StrDt, 2, 2),
            ["SAMETERM"] = (BuiltinFunction.SameTerm, 2, 2),
            ["ISIRI"] = (BuiltinFunction.IsIri, 1, 1),
            ["ISURI"] = (BuiltinFunction.IsIri, 1, 1),
            ["ISBLANK"] = (BuiltinFunction.IsBlank, 1, 1),
            ["ISLITERAL"] = (BuiltinFunction.IsLiteral, 1, 1),
            ["ISNUMERIC"] = (BuiltinFunction.IsNumeric, 1, 1),
            ["REGEX"] = (BuiltinFunction.Regex, 2, 3),
        };

    private static readonly Dictionary<string, AggregateFunction> Aggregates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["COUNT"] = AggregateFunction.Count,
        ["SUM"] = AggregateFunction.Sum,
        ["MIN"] = AggregateFunction.Min,
        ["MAX"] = AggregateFunction.Max,
        ["AVG"] = AggregateFunction.Avg,
        ["SAMPLE"] = AggregateFunction.Sample,
        ["GROUP_CONCAT"] = AggregateFunction.GroupConcat,
    };

    // Aggregates of the query level being parsed: allowed only in SELECT, HAVING and ORDER BY, bound to generated variables.
    private bool _allowAggregates;
    private bool _inAggregate;
    private List<AggregateBinding> _aggregates = [];
    private int _generatedCounter;

    private Variable GeneratedVariable() => new("." + (_generatedCounter++).ToString(CultureInfo.InvariantCulture));

    private Expression ParseExpression()
    {
        var left = ParseConditionalAnd();
        while (Accept(TokenKind.OrOr))
        {
            left = new BinaryExpression(BinaryOperator.Or, left, ParseConditionalAnd());
        }

        return left;
    }

    private Expression ParseConditionalAnd()
    {
        var left = ParseRelational();
        while (Accept(TokenKind.AndAnd))
        {
            left = new BinaryExpression(BinaryOperator.And, left, ParseRelational());
        }

        return left;
    }

    private Expression ParseRelational()
    {
        var left = ParseAdditive();
        BinaryOperator? op = Cur.Kind switch
        {
            TokenKind.Equal => BinaryOperator.Equal,
            TokenKind.NotEqual => BinaryOperator.NotEqual,
            TokenKind.Less => BinaryOperator.Less,
            TokenKind.Greater => BinaryOperator.Greater,
            TokenKind.LessOrEqual => BinaryOperator.LessOrEqual,
            TokenKind.GreaterOrEqual => BinaryOperator.GreaterOrEqual,
            _ => null,
        };
        if (op is { } o)
        {
            _i++;
            return new BinaryExpression(o, left, ParseAdditive());
        }

        if (AcceptWord("IN"))
        {
            return new InExpression(left, ParseExpressionList(), false);
        }

        if (IsWord("NOT") && IsWord(Ahead(1), "IN"))
        {
            _i += 2;
            return new InExpression(left, ParseExpressionList(), true);
        }

        return left;
    }

    /// <summary>ExpressionList: NIL | '(' Expression ( ',' Expression )* ')'.</summary>
    private ValueArray<Expression> ParseExpressionList()
    {
        Expect(TokenKind.LParen, "'(' to start the expression list");
        var list = new List<Expression>();
        if (Accept(TokenKind.RParen))
        {
            return [];
        }

        do
        {
            list.Add(ParseExpression());
        }
        while (Accept(TokenKind.Comma));

        Expect(TokenKind.RParen, "',' or ')' in the expression list");
        return list.ToValueArray();
    }

    private Expression ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (true)
        {
            if (Cur.Kind == TokenKind.Plus)
            {
                _i++;
                left = new BinaryExpression(BinaryOperator.Add, left, ParseMultiplicative());
            }
            else if (Cur.Kind == TokenKind.Minus)
            {
                _i++;
                left = new BinaryExpression(BinaryOperator.Subtract, left, ParseMultiplicative());
            }
            else
            {
                return left;
            }
        }
    }

    private Expression ParseMultiplicative()
    {
        var left = ParseUnary();
        while (true)
        {
            if (Accept(TokenKind.Star))
            {
                left = new BinaryExpression(BinaryOperator.Multiply, left, ParseUnary());
            }
            else if (Accept(TokenKind.Slash))
            {
                left = new BinaryExpression(BinaryOperator.Divide, left, ParseUnary());
            }
            else
            {
                return left;
            }
        }
    }

    private Expression ParseUnary()
    {
        if (Accept(TokenKind.Bang))
        {
            return new UnaryExpression(UnaryOperator.Not, ParsePrimary());
        }

        if (AtSignedNumber())
        {
            return new ConstantExpression(ParseLiteral());
        }

        if (Accept(TokenKind.Plus))
        {
            return new UnaryExpression(UnaryOperator.Plus, ParsePrimary());
        }

        if (Accept(TokenKind.Minus))
        {
            return new UnaryExpression(UnaryOperator.Minus, ParsePrimary());
        }

        return ParsePrimary();
    }

    private Expression ParsePrimary()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.LParen:
                return ParseBracketedExpression();
            case TokenKind.Variable:
                return new VariableExpression(ParseVariable());
            case TokenKind.IriRef:
            case TokenKind.PrefixedName:
                return ParseIriOrFunction();
            case TokenKind.String:
            case TokenKind.Integer:
            case TokenKind.Decimal:
            case TokenKind.Double:
                return new ConstantExpression(ParseLiteral());
            case TokenKind.Word:
                if (IsWord("true") || IsWord("false"))
                {
                    return new ConstantExpression(ParseLiteral());
                }

                return ParseBuiltInCall();
            default:
                throw Expected("an expression");
        }
    }

    private Expression ParseBracketedExpression()
    {
        Expect(TokenKind.LParen, "'('");
        var e = ParseExpression();
        Expect(TokenKind.RParen, "')' to close the expression");
        return e;
    }

    /// <summary>iriOrFunction: an IRI constant, or a call (extension function or cast) when an argument list follows.</summary>
    private Expression ParseIriOrFunction()
    {
        var iri = ParseIri();
        if (Cur.Kind != TokenKind.LParen)
        {
            return new ConstantExpression(iri);
        }

        _i++;
        if (Accept(TokenKind.RParen))
        {
            return new ExtensionFunctionExpression(iri, []);
        }

        var distinct = AcceptWord("DISTINCT");
        var args = new List<Expression>();
        do
        {
            args.Add(ParseExpression());
        }
        while (Accept(TokenKind.Comma));

        Expect(TokenKind.RParen, "',' or ')' in the argument list");
        return new ExtensionFunctionExpression(iri, args.ToValueArray(), distinct);
    }

    private Expression ParseBuiltInCall()
    {
        var t = Cur;
        var name = TokenText(t);
        if (Aggregates.TryGetValue(name, out var aggregate))
        {
            _i++;
            return ParseAggregate(t, name, aggregate);
        }

        if (IsWord("EXISTS"))
        {
            _i++;
            return new ExistsExpression(ParseGroupGraphPattern(), false);
        }

        if (IsWord("NOT") && IsWord(Ahead(1), "EXISTS"))
        {
            _i += 2;
            return new ExistsExpression(ParseGroupGraphPattern(), true);
        }

        if (IsWord("BOUND"))
        {
            _i++;
            Expect(TokenKind.LParen, "'(' after BOUND");
            var v = ParseVariable("a variable in BOUND");
            Expect(TokenKind.RParen, "')' after the variable of BOUND");
            return new FunctionCallExpression(BuiltinFunction.Bound, [new VariableExpression(v)]);
        }

        if (!Builtins.TryGetValue(name, out var builtin))
        {
            throw Expected("an expression");
        }

        _i++;
        Expect(TokenKind.LParen, $"'(' after {name.ToUpperInvariant()}");
        var args = new List<Expression>();
        if (!Accept(TokenKind.RParen))
        {
            do
            {
                args.Add(ParseExpression());
            }
            while (Accept(TokenKind.Comma));

            Expect(TokenKind.RParen, $"',' or ')' in the arguments of {name.ToUpperInvariant()}");
        }

        if (args.Count < builtin.Min || args.Count > builtin.Max)
        {
            var arity = builtin.Min == builtin.Max ? $"{builtin.Min}" : builtin.Max == int.MaxValue ? $"at least {builtin.Min}" : $"{builtin.Min} or {builtin.Max}";
            throw ErrorAt(t, $"{name.ToUpperInvariant()} takes {arity} argument(s), found {args.Count}");
        }

        return new FunctionCallExpression(builtin.Function, args.ToValueArray());
    }

    /// <summary>Aggregate: registered with the query level and replaced by its variable (18.2.4.1).</summary>
    private Expression ParseAggregate(Token at, string name, AggregateFunction function)
    {
        if (!_allowAggregates)
        {
            throw ErrorAt(at, $"the aggregate {name.ToUpperInvariant()} is only allowed in SELECT, HAVING and ORDER BY");
        }

        if (_inAggregate)
        {
            throw ErrorAt(at, $"the aggregate {name.ToUpperInvariant()} is nested in another aggregate");
        }

        Expect(TokenKind.LParen, $"'(' after {name.ToUpperInvariant()}");
        var distinct = AcceptWord("DISTINCT");
        Expression? argument = null;
        string? separator = null;
        _inAggregate = true;
        if (function == AggregateFunction.Count && Accept(TokenKind.Star))
        {
            argument = null;
        }
        else
        {
            argument = ParseExpression();
        }

        if (function == AggregateFunction.GroupConcat && Accept(TokenKind.Semicolon))
        {
            ExpectWord("SEPARATOR", "after ';' in GROUP_CONCAT");
            Expect(TokenKind.Equal, "'=' after SEPARATOR");
            separator = Expect(TokenKind.String, "a string after SEPARATOR =").Value;
        }

        _inAggregate = false;
        Expect(TokenKind.RParen, $"')' to close {name.ToUpperInvariant()}");
        var expression = new AggregateExpression(function, distinct, argument, separator);
        foreach (var existing in _aggregates)
        {
            if (existing.Aggregate == expression)
            {
                return new VariableExpression(existing.Variable);
            }
        }

        var variable = GeneratedVariable();
        _aggregates.Add(new AggregateBinding(variable, expression));
        return new VariableExpression(variable);
    }
}
