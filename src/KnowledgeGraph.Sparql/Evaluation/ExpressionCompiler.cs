using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Compiles algebra expressions to closures. Errors are nulls, so FILTER turns them into false and BIND
/// leaves the variable unbound; || and &amp;&amp; use the three-valued logic of section 17.2.
/// </summary>
public sealed class ExpressionCompiler
{
    private readonly VariableTable _variables;
    private readonly QueryContext _query;
    private readonly Func<ExistsExpression, Func<Term?[], ActiveGraph, bool?>> _exists;

    public ExpressionCompiler(VariableTable variables, QueryContext query, Func<ExistsExpression, Func<Term?[], ActiveGraph, bool?>> exists)
    {
        _variables = variables;
        _query = query;
        _exists = exists;
    }

    /// <summary>Compiles a condition to its effective boolean value (null for an error).</summary>
    public Func<Term?[], ActiveGraph, bool?> CompileCondition(Expression expression)
    {
        if (expression is ExistsExpression exists)
        {
            var test = _exists(exists);
            return exists.Negated ? (r, g) => test(r, g) is { } b ? !b : null : test;
        }

        var compiled = Compile(expression);
        return (r, g) => EffectiveBooleanValue.Of(compiled(r, g));
    }

    public CompiledExpression Compile(Expression expression)
    {
        switch (expression)
        {
            case VariableExpression v:
                var slot = _variables.Slot(v.Variable);
                return (r, _) => r[slot];
            case ConstantExpression c:
                var value = c.Value;
                return (_, _) => value;
            case UnaryExpression u:
                return CompileUnary(u);
            case BinaryExpression b:
                return CompileBinary(b);
            case InExpression i:
                return CompileIn(i);
            case FunctionCallExpression f:
                return CompileFunction(f);
            case ExtensionFunctionExpression e:
                return CompileExtension(e);
            case ExistsExpression x:
                var test = CompileCondition(x);
                return (r, g) => test(r, g) is { } t ? Literals.Boolean(t) : null;
            case AggregateExpression:
                throw new SparqlEvaluationException("An aggregate appears outside GROUP BY's aggregate list: the algebra translation should have replaced it by a variable.");
            default:
                throw new SparqlEvaluationException($"Unsupported expression {expression}.");
        }
    }

    private CompiledExpression CompileUnary(UnaryExpression u)
    {
        var operand = Compile(u.Operand);
        return u.Operator switch
        {
            UnaryOperator.Not => (r, g) => EffectiveBooleanValue.Of(operand(r, g)) is { } b ? Literals.Boolean(!b) : null,
            UnaryOperator.Plus => (r, g) => Numeric.Plus(operand(r, g)),
            _ => (r, g) => Numeric.Negate(operand(r, g)),
        };
    }

    private CompiledExpression CompileBinary(BinaryExpression b)
    {
        if (b.Operator is BinaryOperator.Or or BinaryOperator.And)
        {
            var l = CompileCondition(b.Left);
            var rr = CompileCondition(b.Right);
            if (b.Operator == BinaryOperator.Or)
            {
                return (r, g) =>
                {
                    var x = l(r, g);
                    if (x == true)
                    {
                        return Literals.True;
                    }

                    var y = rr(r, g);
                    return y == true ? Literals.True : x == false && y == false ? Literals.False : null;
                };
            }

            return (r, g) =>
            {
                var x = l(r, g);
                if (x == false)
                {
                    return Literals.False;
                }

                var y = rr(r, g);
                return y == false ? Literals.False : x == true && y == true ? Literals.True : null;
            };
        }

        var left = Compile(b.Left);
        var right = Compile(b.Right);
        return b.Operator switch
        {
            BinaryOperator.Equal => (r, g) => Bool(ValueComparison.Equal(left(r, g), right(r, g))),
            BinaryOperator.NotEqual => (r, g) => Bool(ValueComparison.NotEqual(left(r, g), right(r, g))),
            BinaryOperator.Less => (r, g) => Bool(ValueComparison.Less(left(r, g), right(r, g))),
            BinaryOperator.Greater => (r, g) => Bool(ValueComparison.Greater(left(r, g), right(r, g))),
            BinaryOperator.LessOrEqual => (r, g) => Bool(ValueComparison.LessOrEqual(left(r, g), right(r, g))),
            BinaryOperator.GreaterOrEqual => (r, g) => Bool(ValueComparison.GreaterOrEqual(left(r, g), right(r, g))),
            BinaryOperator.Add => (r, g) => Numeric.Add(left(r, g), right(r, g)),
            BinaryOperator.Subtract => (r, g) => Numeric.Subtract(left(r, g), right(r, g)),
            BinaryOperator.Multiply => (r, g) => Numeric.Multiply(left(r, g), right(r, g)),
            _ => (r, g) => Numeric.Divide(left(r, g), right(r, g)),
        };
    }

    private CompiledExpression CompileIn(InExpression i)
    {
        var operand = Compile(i.Operand);
        var list = i.List.Select(Compile).ToArray();
        var negated = i.Negated;
        return (r, g) =>
        {
            var x = operand(r, g);
            if (x is null)
            {
                return null;
            }

            var error = false;
            foreach (var item in list)
            {
                switch (ValueComparison.Equal(x, item(r, g)))
                {
                    case true:
                        return Literals.Boolean(!negated);
                    case null:
                        error = true;
                        break;
                }
            }

            return error ? null : Literals.Boolean(negated);
        };
    }

    private CompiledExpression CompileExtension(ExtensionFunctionExpression e)
    {
        var args = e.Arguments.Select(Compile).ToArray();
        var iri = e.Function.Value;
        if (args.Length == 1 && Casts.IsCastTarget(iri))
        {
            var arg = args[0];
            return (r, g) => Casts.Cast(arg(r, g), iri);
        }

        // Unknown extension functions are errors (17.6): the filter is false, the binding unbound.
        return (_, _) => null;
    }

    /// <summary>REGEX's pattern and flags when both are plain string constants (an absent flags argument is ""), else null.</summary>
    private static (string Pattern, string Flags)? ConstantRegex(FunctionCallExpression f) =>
        f.Arguments[1] is ConstantExpression { Value: var pattern } && Literals.IsPlainString(pattern)
        && (f.Arguments.Count < 3 || (f.Arguments[2] is ConstantExpression { Value: var flags } && Literals.IsPlainString(flags)))
            ? (((Literal)pattern).LexicalForm, f.Arguments.Count < 3 ? string.Empty : ((Literal)((ConstantExpression)f.Arguments[2]).Value).LexicalForm)
            : null;

    private CompiledExpression CompileFunction(FunctionCallExpression f)
    {
        var a = f.Arguments.Select(Compile).ToArray();
        CompiledExpression Arg(int i) => a[i];
        CompiledExpression? Optional(int i) => i < a.Length ? a[i] : null;

        switch (f.Function)
        {
            case BuiltinFunction.Bound:
                if (f.Arguments[0] is not VariableExpression bv)
                {
                    return (_, _) => null;
                }

                var bs = _variables.Slot(bv.Variable);
                return (r, _) => Literals.Boolean(r[bs] is not null);
            case BuiltinFunction.Coalesce:
                return (r, g) =>
                {
                    foreach (var x in a)
                    {
                        if (x(r, g) is { } t)
                        {
                            return t;
                        }
                    }

                    return null;
                };
            case BuiltinFunction.If:
                {
                    var cond = CompileCondition(f.Arguments[0]);
                    var then = Arg(1);
                    var otherwise = Arg(2);
                    return (r, g) => cond(r, g) switch
                    {
                        true => then(r, g),
                        false => otherwise(r, g),
                        _ => null,
                    };
                }

            case BuiltinFunction.Now:
                var now = _query.Now;
                return (_, _) => now;
            case BuiltinFunction.Rand:
                var random = _query.Random;
                return (_, _) => TermFunctions.Rand(random);
            case BuiltinFunction.Uuid:
                return (_, _) => TermFunctions.Uuid();
            case BuiltinFunction.StrUuid:
                return (_, _) => TermFunctions.StrUuid();
            case BuiltinFunction.BNode:
                return CompileBNode(a.Length == 1 ? a[0] : null);
            case BuiltinFunction.Iri:
                {
                    var baseIri = _query.BaseIri;
                    var x = Arg(0);
                    return (r, g) => TermFunctions.ToIri(x(r, g), baseIri);
                }

            case BuiltinFunction.Concat:
                return (r, g) =>
                {
                    var values = new Term?[a.Length];
                    for (var i = 0; i < a.Length; i++)
                    {
                        values[i] = a[i](r, g);
                    }

                    return StringFunctions.Concat(values);
                };
            case BuiltinFunction.Regex:
                {
                    var regexes = _query.Regexes;
                    var text = Arg(0);
                    var pattern = Arg(1);
                    var flags = Optional(2);
                    if (ConstantRegex(f) is { } constant)
                    {
                        // Pattern and flags written in the query: the regex is looked up once, not per row (q6 runs it on 35,142 titles).
                        var regex = regexes.Get(constant.Pattern, constant.Flags);
                        return (r, g) => text(r, g) is var t && regex is not null && Literals.IsStringLiteral(t)
                            ? Literals.Boolean(regex.IsMatch(((Literal)t!).LexicalForm))
                            : null;
                    }

                    return (r, g) =>
                    {
                        Term? fv = null;
                        if (flags is not null && (fv = flags(r, g)) is null)
                        {
                            return null;
                        }

                        return RegexFunctions.Regex(regexes, text(r, g), pattern(r, g), fv);
                    };
                }

            case BuiltinFunction.Replace:
                {
                    var regexes = _query.Regexes;
                    var text = Arg(0);
                    var pattern = Arg(1);
                    var replacement = Arg(2);
                    var flags = Optional(3);
                    return (r, g) =>
                    {
                        Term? fv = null;
                        if (flags is not null && (fv = flags(r, g)) is null)
                        {
                            return null;
                        }

                        return RegexFunctions.Replace(regexes, text(r, g), pattern(r, g), replacement(r, g), fv);
                    };
                }

            case BuiltinFunction.SubStr:
                {
                    var text = Arg(0);
                    var start = Arg(1);
                    var length = Optional(2);
                    return (r, g) =>
                    {
                        var len = length?.Invoke(r, g);
                        return length is not null && len is null ? null : StringFunctions.Substr(text(r, g), start(r, g), len);
                    };
                }
        }

        Func<Term?, Term?>? unary = f.Function switch
        {
            BuiltinFunction.Str => TermFunctions.Str,
            BuiltinFunction.Lang => TermFunctions.Lang,
            BuiltinFunction.Datatype => TermFunctions.Datatype,
            BuiltinFunction.IsIri => TermFunctions.IsIri,
            BuiltinFunction.IsBlank => TermFunctions.IsBlank,
            BuiltinFunction.IsLiteral => TermFunctions.IsLiteral,
            BuiltinFunction.IsNumeric => TermFunctions.IsNumeric,
            BuiltinFunction.Abs => Numeric.Abs,
            BuiltinFunction.Ceil => Numeric.Ceil,
            BuiltinFunction.Floor => Numeric.Floor,
            BuiltinFunction.Round => Numeric.Round,
            BuiltinFunction.StrLen => StringFunctions.StrLen,
            BuiltinFunction.UCase => StringFunctions.UCase,
            BuiltinFunction.LCase => StringFunctions.LCase,
            BuiltinFunction.EncodeForUri => StringFunctions.EncodeForUri,
            BuiltinFunction.Year => DateTimeFunctions.Year,
            BuiltinFunction.Month => DateTimeFunctions.Month,
            BuiltinFunction.Day => DateTimeFunctions.Day,
            BuiltinFunction.Hours => DateTimeFunctions.Hours,
            BuiltinFunction.Minutes => DateTimeFunctions.Minutes,
            BuiltinFunction.Seconds => DateTimeFunctions.Seconds,
            BuiltinFunction.Timezone => DateTimeFunctions.Timezone,
            BuiltinFunction.Tz => DateTimeFunctions.Tz,
            BuiltinFunction.Md5 => HashFunctions.Md5,
            BuiltinFunction.Sha1 => HashFunctions.Sha1,
            BuiltinFunction.Sha256 => HashFunctions.Sha256,
            BuiltinFunction.Sha384 => HashFunctions.Sha384,
            BuiltinFunction.Sha512 => HashFunctions.Sha512,
            _ => null,
        };
        if (unary is not null)
        {
            var x = Arg(0);
            return (r, g) => unary(x(r, g));
        }

        Func<Term?, Term?, Term?> binary = f.Function switch
        {
            BuiltinFunction.LangMatches => StringFunctions.LangMatches,
            BuiltinFunction.Contains => StringFunctions.Contains,
            BuiltinFunction.StrStarts => StringFunctions.StrStarts,
            BuiltinFunction.StrEnds => StringFunctions.StrEnds,
            BuiltinFunction.StrBefore => StringFunctions.StrBefore,
            BuiltinFunction.StrAfter => StringFunctions.StrAfter,
            BuiltinFunction.StrLang => TermFunctions.StrLang,
            BuiltinFunction.StrDt => TermFunctions.StrDt,
            BuiltinFunction.SameTerm => TermFunctions.SameTerm,
            _ => throw new SparqlEvaluationException($"Unsupported function {f.Function}."),
        };
        var p = Arg(0);
        var q = Arg(1);
        return (r, g) => binary(p(r, g), q(r, g));
    }

    /// <summary>BNODE(): a fresh node per call; BNODE(str): the same node for the same string within one solution.</summary>
    private CompiledExpression CompileBNode(CompiledExpression? arg)
    {
        var allocator = _query.BlankNodes;
        if (arg is null)
        {
            return (_, _) => allocator.Next();
        }

        var query = _query;
        return (r, g) => arg(r, g) is Literal l && Literals.IsPlainString(l) ? query.BlankNodeFor(r, l.LexicalForm) : null;
    }

    private static Literal? Bool(bool? value) => value is { } b ? Literals.Boolean(b) : null;
}
