using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// Prints the algebra as SSE (SPARQL S-Expressions) in Jena ARQ's style, on one line:
/// <c>(project (?x) (bgp (triple ?x &lt;p&gt; ?y)))</c>. Numbers and booleans whose lexical form is a
/// SPARQL literal print bare, as Jena does; other terms print in N-Triples form.
/// </summary>
public static class SsePrinter
{
    public static string Print(Operator op)
    {
        var sb = new StringBuilder();
        Append(sb, op);
        return sb.ToString();
    }

    public static string Print(Expression expression)
    {
        var sb = new StringBuilder();
        Append(sb, expression);
        return sb.ToString();
    }

    public static string Print(PropertyPath path)
    {
        var sb = new StringBuilder();
        Append(sb, path);
        return sb.ToString();
    }

    public static string Print(Query query)
    {
        var sb = new StringBuilder();
        Append(sb, query);
        return sb.ToString();
    }

    public static string Print(UpdateOperation operation)
    {
        var sb = new StringBuilder();
        Append(sb, operation);
        return sb.ToString();
    }

    public static string Print(UpdateRequest request)
    {
        var sb = new StringBuilder("(update");
        foreach (var op in request.Operations)
        {
            sb.Append(' ');
            Append(sb, op);
        }

        return sb.Append(')').ToString();
    }

    public static void Append(StringBuilder sb, Query query)
    {
        var close = 0;
        if (query.Dataset.IsSpecified)
        {
            sb.Append("(dataset");
            foreach (var g in query.Dataset.DefaultGraphs)
            {
                sb.Append(" (default ").Append(g).Append(')');
            }

            foreach (var g in query.Dataset.NamedGraphs)
            {
                sb.Append(" (named ").Append(g).Append(')');
            }

            sb.Append(' ');
            close++;
        }

        switch (query)
        {
            case SelectQuery:
                Append(sb, query.Pattern);
                break;
            case AskQuery:
                sb.Append("(ask ");
                Append(sb, query.Pattern);
                sb.Append(')');
                break;
            case ConstructQuery c:
                sb.Append("(construct (template");
                foreach (var t in c.Template)
                {
                    sb.Append(' ');
                    AppendTriple(sb, t);
                }

                sb.Append(") ");
                Append(sb, query.Pattern);
                sb.Append(')');
                break;
            case DescribeQuery d:
                sb.Append("(describe (");
                if (d.DescribeAll)
                {
                    sb.Append('*');
                }

                AppendList(sb, d.Targets, AppendNode);
                sb.Append(") ");
                Append(sb, query.Pattern);
                sb.Append(')');
                break;
            default:
                throw new ArgumentException($"Unknown query form {query.GetType().Name}.", nameof(query));
        }

        sb.Append(')', close);
    }

    public static void Append(StringBuilder sb, Operator op)
    {
        switch (op)
        {
            case Bgp bgp:
                sb.Append("(bgp");
                foreach (var t in bgp.Patterns)
                {
                    sb.Append(' ');
                    AppendTriple(sb, t);
                }

                sb.Append(')');
                break;
            case PathPattern p:
                sb.Append("(path ");
                AppendNode(sb, p.Subject);
                sb.Append(' ');
                Append(sb, p.Path);
                sb.Append(' ');
                AppendNode(sb, p.Object);
                sb.Append(')');
                break;
            case Join j:
                Binary(sb, "join", j.Left, j.Right);
                break;
            case LeftJoin lj:
                sb.Append("(leftjoin ");
                Append(sb, lj.Left);
                sb.Append(' ');
                Append(sb, lj.Right);
                if (lj.Condition is not null)
                {
                    sb.Append(' ');
                    Append(sb, lj.Condition);
                }

                sb.Append(')');
                break;
            case Filter f:
                sb.Append("(filter ");
                Append(sb, f.Condition);
                sb.Append(' ');
                Append(sb, f.Input);
                sb.Append(')');
                break;
            case Union u:
                Binary(sb, "union", u.Left, u.Right);
                break;
            case Minus m:
                Binary(sb, "minus", m.Left, m.Right);
                break;
            case Graph g:
                sb.Append("(graph ");
                AppendNode(sb, g.Name);
                sb.Append(' ');
                Append(sb, g.Input);
                sb.Append(')');
                break;
            case Extend e:
                sb.Append("(extend ((");
                sb.Append(e.Variable).Append(' ');
                Append(sb, e.Expression);
                sb.Append(")) ");
                Append(sb, e.Input);
                sb.Append(')');
                break;
            case Group g:
                sb.Append("(group (");
                AppendList(sb, g.Keys, (s, k) =>
                {
                    if (k.IsPlainVariable)
                    {
                        s.Append(k.Variable);
                    }
                    else
                    {
                        s.Append('(').Append(k.Variable).Append(' ');
                        Append(s, k.Expression);
                        s.Append(')');
                    }
                });
                sb.Append(')');
                if (!g.Aggregates.IsEmpty)
                {
                    sb.Append(" (");
                    AppendList(sb, g.Aggregates, (s, a) =>
                    {
                        s.Append('(').Append(a.Variable).Append(' ');
                        Append(s, a.Aggregate);
                        s.Append(')');
                    });
                    sb.Append(')');
                }

                sb.Append(' ');
                Append(sb, g.Input);
                sb.Append(')');
                break;
            case OrderBy o:
                sb.Append("(order (");
                AppendList(sb, o.Conditions, (s, c) =>
                {
                    if (c.Descending)
                    {
                        s.Append("(desc ");
                        Append(s, c.Expression);
                        s.Append(')');
                    }
                    else
                    {
                        Append(s, c.Expression);
                    }
                });
                sb.Append(") ");
                Append(sb, o.Input);
                sb.Append(')');
                break;
            case Project p:
                sb.Append("(project (");
                AppendList(sb, p.Variables, (s, v) => s.Append(v));
                sb.Append(") ");
                Append(sb, p.Input);
                sb.Append(')');
                break;
            case Distinct d:
                Unary(sb, "distinct", d.Input);
                break;
            case Reduced r:
                Unary(sb, "reduced", r.Input);
                break;
            case Slice s:
                sb.Append("(slice ");
                sb.Append(s.Offset is { } off ? off.ToString(System.Globalization.CultureInfo.InvariantCulture) : "_");
                sb.Append(' ');
                sb.Append(s.Limit is { } lim ? lim.ToString(System.Globalization.CultureInfo.InvariantCulture) : "_");
                sb.Append(' ');
                Append(sb, s.Input);
                sb.Append(')');
                break;
            case Table t:
                AppendTable(sb, t);
                break;
            case Service s:
                sb.Append("(service ");
                if (s.Silent)
                {
                    sb.Append("silent ");
                }

                AppendNode(sb, s.Endpoint);
                sb.Append(' ');
                Append(sb, s.Input);
                sb.Append(')');
                break;
            default:
                throw new ArgumentException($"Unknown operator {op.GetType().Name}.", nameof(op));
        }
    }

    public static void Append(StringBuilder sb, PropertyPath path)
    {
        switch (path)
        {
            case LinkPath l:
                sb.Append(l.Predicate);
                break;
            case InversePath i:
                sb.Append("(reverse ");
                Append(sb, i.Path);
                sb.Append(')');
                break;
            case SequencePath s:
                sb.Append("(seq ");
                Append(sb, s.Left);
                sb.Append(' ');
                Append(sb, s.Right);
                sb.Append(')');
                break;
            case AlternativePath a:
                sb.Append("(alt ");
                Append(sb, a.Left);
                sb.Append(' ');
                Append(sb, a.Right);
                sb.Append(')');
                break;
            case ZeroOrMorePath z:
                sb.Append("(path* ");
                Append(sb, z.Path);
                sb.Append(')');
                break;
            case OneOrMorePath o:
                sb.Append("(path+ ");
                Append(sb, o.Path);
                sb.Append(')');
                break;
            case ZeroOrOnePath q:
                sb.Append("(path? ");
                Append(sb, q.Path);
                sb.Append(')');
                break;
            case NegatedPropertySet n:
                sb.Append("(notoneof");
                foreach (var iri in n.Forward)
                {
                    sb.Append(' ').Append(iri);
                }

                foreach (var iri in n.Inverse)
                {
                    sb.Append(" (reverse ").Append(iri).Append(')');
                }

                sb.Append(')');
                break;
            default:
                throw new ArgumentException($"Unknown path {path.GetType().Name}.", nameof(path));
        }
    }

    public static void Append(StringBuilder sb, Expression expression)
    {
        switch (expression)
        {
            case VariableExpression v:
                sb.Append(v.Variable);
                break;
            case ConstantExpression c:
                AppendTerm(sb, c.Value);
                break;
            case UnaryExpression u:
                sb.Append('(').Append(u.Operator switch
                {
                    UnaryOperator.Not => "!",
                    UnaryOperator.Plus => "+",
                    _ => "-",
                }).Append(' ');
                Append(sb, u.Operand);
                sb.Append(')');
                break;
            case BinaryExpression b:
                sb.Append('(').Append(OperatorSymbol(b.Operator)).Append(' ');
                Append(sb, b.Left);
                sb.Append(' ');
                Append(sb, b.Right);
                sb.Append(')');
                break;
            case InExpression i:
                sb.Append(i.Negated ? "(notin " : "(in ");
                Append(sb, i.Operand);
                foreach (var e in i.List)
                {
                    sb.Append(' ');
                    Append(sb, e);
                }

                sb.Append(')');
                break;
            case FunctionCallExpression f:
                sb.Append('(').Append(FunctionName(f.Function));
                foreach (var e in f.Arguments)
                {
                    sb.Append(' ');
                    Append(sb, e);
                }

                sb.Append(')');
                break;
            case ExtensionFunctionExpression x:
                sb.Append('(').Append(x.Function);
                if (x.Distinct)
                {
                    sb.Append(" distinct");
                }

                foreach (var e in x.Arguments)
                {
                    sb.Append(' ');
                    Append(sb, e);
                }

                sb.Append(')');
                break;
            case ExistsExpression ex:
                sb.Append(ex.Negated ? "(notexists " : "(exists ");
                Append(sb, ex.Pattern);
                sb.Append(')');
                break;
            case AggregateExpression a:
                sb.Append('(').Append(AggregateName(a.Function));
                if (a.Distinct)
                {
                    sb.Append(" distinct");
                }

                if (a.Separator is not null)
                {
                    sb.Append(" (separator ");
                    AppendTerm(sb, new Literal(a.Separator));
                    sb.Append(')');
                }

                if (a.Argument is not null)
                {
                    sb.Append(' ');
                    Append(sb, a.Argument);
                }

                sb.Append(')');
                break;
            default:
                throw new ArgumentException($"Unknown expression {expression.GetType().Name}.", nameof(expression));
        }
    }

    public static void Append(StringBuilder sb, UpdateOperation operation)
    {
        switch (operation)
        {
            case InsertData i:
                sb.Append("(insertData");
                AppendQuads(sb, i.Quads);
                sb.Append(')');
                break;
            case DeleteData d:
                sb.Append("(deleteData");
                AppendQuads(sb, d.Quads);
                sb.Append(')');
                break;
            case DeleteWhere dw:
                sb.Append("(deleteWhere");
                AppendQuadPatterns(sb, dw.Patterns);
                sb.Append(')');
                break;
            case Modify m:
                sb.Append("(modify");
                if (m.With is not null)
                {
                    sb.Append(" (with ").Append(m.With).Append(')');
                }

                if (!m.Delete.IsEmpty)
                {
                    sb.Append(" (delete");
                    AppendQuadPatterns(sb, m.Delete);
                    sb.Append(')');
                }

                if (!m.Insert.IsEmpty)
                {
                    sb.Append(" (insert");
                    AppendQuadPatterns(sb, m.Insert);
                    sb.Append(')');
                }

                foreach (var u in m.Using)
                {
                    sb.Append(" (using ").Append(u).Append(')');
                }

                foreach (var u in m.UsingNamed)
                {
                    sb.Append(" (usingNamed ").Append(u).Append(')');
                }

                sb.Append(' ');
                Append(sb, m.Where);
                sb.Append(')');
                break;
            case Load l:
                sb.Append("(load ");
                Silent(sb, l.Silent);
                sb.Append(l.Source);
                if (l.Into is not null)
                {
                    sb.Append(' ').Append(l.Into);
                }

                sb.Append(')');
                break;
            case Clear c:
                sb.Append("(clear ");
                Silent(sb, c.Silent);
                sb.Append(c.Target).Append(')');
                break;
            case Create c:
                sb.Append("(create ");
                Silent(sb, c.Silent);
                sb.Append(c.Graph).Append(')');
                break;
            case Drop d:
                sb.Append("(drop ");
                Silent(sb, d.Silent);
                sb.Append(d.Target).Append(')');
                break;
            case Copy c:
                Transfer(sb, "copy", c.From, c.To, c.Silent);
                break;
            case Move m:
                Transfer(sb, "move", m.From, m.To, m.Silent);
                break;
            case Add a:
                Transfer(sb, "add", a.From, a.To, a.Silent);
                break;
            default:
                throw new ArgumentException($"Unknown update operation {operation.GetType().Name}.", nameof(operation));
        }
    }

    /// <summary>A term as SSE: bare numbers and booleans when their lexical form is SPARQL syntax.</summary>
    public static void AppendTerm(StringBuilder sb, Term term)
    {
        if (term is Literal { Language: null } lit && IsBareLiteral(lit))
        {
            sb.Append(lit.LexicalForm);
            return;
        }

        NTriplesFormatter.AppendTerm(sb, term);
    }

    public static void AppendNode(StringBuilder sb, PatternNode node)
    {
        switch (node)
        {
            case Variable v:
                sb.Append(v);
                break;
            case TermNode t:
                AppendTerm(sb, t.Term);
                break;
        }
    }

    public static void AppendTriple(StringBuilder sb, TriplePattern t)
    {
        sb.Append("(triple ");
        AppendNode(sb, t.Subject);
        sb.Append(' ');
        AppendNode(sb, t.Predicate);
        sb.Append(' ');
        AppendNode(sb, t.Object);
        sb.Append(')');
    }

    public static string OperatorSymbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "||",
        BinaryOperator.And => "&&",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.Greater => ">",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    /// <summary>The function's SPARQL keyword as Jena prints it (e.g. <c>strstarts</c>, <c>isIRI</c>).</summary>
    public static string FunctionName(BuiltinFunction function) => function switch
    {
        BuiltinFunction.LangMatches => "langMatches",
        BuiltinFunction.EncodeForUri => "encode_for_uri",
        BuiltinFunction.SameTerm => "sameTerm",
        BuiltinFunction.IsIri => "isIRI",
        BuiltinFunction.IsBlank => "isBlank",
        BuiltinFunction.IsLiteral => "isLiteral",
        BuiltinFunction.IsNumeric => "isNumeric",
        _ => function.ToString().ToLowerInvariant(),
    };

    public static string AggregateName(AggregateFunction function) => function switch
    {
        AggregateFunction.GroupConcat => "group_concat",
        _ => function.ToString().ToLowerInvariant(),
    };

    private static bool IsBareLiteral(Literal lit)
    {
        var s = lit.LexicalForm.AsSpan();
        switch (lit.Datatype.Value)
        {
            case Xsd.BooleanIri:
                return s is "true" or "false";
            case Xsd.IntegerIri:
                return IsDigits(SkipSign(s), out _) && SkipSign(s).Length > 0;
            case Xsd.DecimalIri:
                {
                    s = SkipSign(s);
                    var dot = s.IndexOf('.');
                    return dot >= 0 && dot < s.Length - 1 && IsDigits(s[..dot], out _) && IsDigits(s[(dot + 1)..], out _);
                }

            case Xsd.DoubleIri:
                {
                    s = SkipSign(s);
                    var e = s.IndexOfAny('e', 'E');
                    if (e < 0)
                    {
                        return false;
                    }

                    var mantissa = s[..e];
                    var exponent = SkipSign(s[(e + 1)..]);
                    if (exponent.Length == 0 || !IsDigits(exponent, out _))
                    {
                        return false;
                    }

                    var dot = mantissa.IndexOf('.');
                    return dot < 0
                        ? mantissa.Length > 0 && IsDigits(mantissa, out _)
                        : IsDigits(mantissa[..dot], out _) && IsDigits(mantissa[(dot + 1)..], out _) && mantissa.Length > 1;
                }

            default:
                return false;
        }
    }

    private static ReadOnlySpan<char> SkipSign(ReadOnlySpan<char> s) => s.Length > 0 && (s[0] == '+' || s[0] == '-') ? s[1..] : s;

    private static bool IsDigits(ReadOnlySpan<char> s, out int count)
    {
        count = s.Length;
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendTable(StringBuilder sb, Table t)
    {
        if (t.IsUnit)
        {
            sb.Append("(table unit)");
            return;
        }

        if (t.Variables.IsEmpty && t.IsEmpty)
        {
            sb.Append("(table empty)");
            return;
        }

        sb.Append("(table (vars");
        foreach (var v in t.Variables)
        {
            sb.Append(' ').Append(v);
        }

        sb.Append(')');
        foreach (var row in t.Rows)
        {
            sb.Append(" (row");
            for (var i = 0; i < row.Count && i < t.Variables.Count; i++)
            {
                if (row[i] is { } value)
                {
                    sb.Append(" [").Append(t.Variables[i]).Append(' ');
                    AppendTerm(sb, value);
                    sb.Append(']');
                }
            }

            sb.Append(')');
        }

        sb.Append(')');
    }

    private static void AppendQuads(StringBuilder sb, ValueArray<Quad> quads)
    {
        foreach (var q in quads)
        {
            sb.Append(' ');
            AppendQuadPattern(sb, new QuadPattern(q.Subject, q.Predicate, q.Obj, q.Graph));
        }
    }

    private static void AppendQuadPatterns(StringBuilder sb, ValueArray<QuadPattern> quads)
    {
        foreach (var q in quads)
        {
            sb.Append(' ');
            AppendQuadPattern(sb, q);
        }
    }

    private static void AppendQuadPattern(StringBuilder sb, QuadPattern q)
    {
        if (q.InDefaultGraph)
        {
            AppendTriple(sb, q.Triple);
            return;
        }

        sb.Append("(quad ");
        AppendNode(sb, q.Graph);
        sb.Append(' ');
        AppendNode(sb, q.Subject);
        sb.Append(' ');
        AppendNode(sb, q.Predicate);
        sb.Append(' ');
        AppendNode(sb, q.Object);
        sb.Append(')');
    }

    private static void Silent(StringBuilder sb, bool silent)
    {
        if (silent)
        {
            sb.Append("silent ");
        }
    }

    private static void Transfer(StringBuilder sb, string name, GraphTarget from, GraphTarget to, bool silent)
    {
        sb.Append('(').Append(name).Append(' ');
        Silent(sb, silent);
        sb.Append(from).Append(' ').Append(to).Append(')');
    }

    private static void Binary(StringBuilder sb, string name, Operator left, Operator right)
    {
        sb.Append('(').Append(name).Append(' ');
        Append(sb, left);
        sb.Append(' ');
        Append(sb, right);
        sb.Append(')');
    }

    private static void Unary(StringBuilder sb, string name, Operator input)
    {
        sb.Append('(').Append(name).Append(' ');
        Append(sb, input);
        sb.Append(')');
    }

    private static void AppendList<T>(StringBuilder sb, ValueArray<T> items, Action<StringBuilder, T> append)
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                sb.Append(' ');
            }

            first = false;
            append(sb, item);
        }
    }
}
