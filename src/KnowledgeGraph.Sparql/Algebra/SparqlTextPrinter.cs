using System.Globalization;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// Prints algebra back as SPARQL 1.1 query text, for SERVICE: the remote endpoint gets the group graph pattern
/// as a SELECT of the variables the local query needs, optionally with a VALUES block of bindings already known
/// (a bound join). Terms print in N-Triples form (full IRIs, no prefixes), so the text needs no prologue.
/// Variables the translation made up (blank nodes of the pattern, aggregate and GROUP BY expression results)
/// get fresh names that no variable of the pattern uses. The printed pattern translates back to the same algebra
/// up to the simplifications of SPARQL 1.1 section 18.2.2.8 (unit joins, merged basic graph patterns).
/// </summary>
public sealed class SparqlTextPrinter
{
    private readonly StringBuilder _sb = new();
    private readonly Dictionary<string, string> _generated = new(StringComparer.Ordinal);
    private readonly string _freshPrefix;

    private SparqlTextPrinter(Operator pattern)
    {
        // Every variable of the pattern appears in its SSE form as ?name, so a prefix absent from it cannot clash.
        var sse = SsePrinter.Print(pattern);
        var prefix = "_kg";
        while (sse.Contains("?" + prefix, StringComparison.Ordinal))
        {
            prefix = "_" + prefix;
        }

        _freshPrefix = prefix;
    }

    /// <summary>
    /// <c>SELECT vars WHERE { VALUES ... { pattern } }</c>. <paramref name="values"/> (optional) is joined with the
    /// whole pattern; <paramref name="rowVariable"/> names an extra projected variable the caller put in the
    /// VALUES block (the bound join's row index) and is printed as given. <paramref name="baseIri"/>, when given, is
    /// printed as BASE: terms are absolute already, but IRI("relative") resolves against it at evaluation time.
    /// </summary>
    public static string SelectQuery(Operator pattern, IReadOnlyList<Variable> projection, Table? values = null, string? baseIri = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(projection);
        var printer = new SparqlTextPrinter(values is null ? pattern : new Join(values, pattern));
        var sb = printer._sb;
        if (baseIri is not null)
        {
            sb.Append("BASE ");
            printer.AppendTerm(new Iri(baseIri));
            sb.Append(' ');
        }

        sb.Append("SELECT");
        if (projection.Count == 0)
        {
            sb.Append(" *");
        }

        foreach (var v in projection)
        {
            sb.Append(' ');
            printer.AppendVariable(v);
        }

        sb.Append(" WHERE {");
        if (values is not null)
        {
            sb.Append(' ');
            printer.AppendValues(values);
        }

        sb.Append(" {");
        printer.Elements(pattern);
        sb.Append(" } }");
        return sb.ToString();
    }

    /// <summary>The pattern as a group graph pattern <c>{ ... }</c>.</summary>
    public static string GroupGraphPattern(Operator pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var printer = new SparqlTextPrinter(pattern);
        printer._sb.Append('{');
        printer.Elements(pattern);
        printer._sb.Append(" }");
        return printer._sb.ToString();
    }

    /// <summary>A fresh variable name for <paramref name="pattern"/> (e.g. for a bound join's row index).</summary>
    public static Variable FreshVariable(Operator pattern, string hint)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return new Variable(new SparqlTextPrinter(pattern)._freshPrefix + "_" + hint);
    }

    // Appends group elements whose translation, as the whole content of a group, is op.
    private void Elements(Operator op)
    {
        switch (op)
        {
            case Bgp bgp:
                foreach (var t in bgp.Patterns)
                {
                    _sb.Append(' ');
                    AppendNode(t.Subject);
                    _sb.Append(' ');
                    AppendNode(t.Predicate);
                    _sb.Append(' ');
                    AppendNode(t.Object);
                    _sb.Append(" .");
                }

                break;
            case PathPattern path:
                _sb.Append(' ');
                AppendNode(path.Subject);
                _sb.Append(' ');
                AppendPath(path.Path);
                _sb.Append(' ');
                AppendNode(path.Object);
                _sb.Append(" .");
                break;
            case Table { IsUnit: true }:
                break;
            case Table table:
                _sb.Append(' ');
                AppendValues(table);
                break;
            case Join join:
                Leading(join.Left);
                Following(join.Right);
                break;
            case LeftJoin lj:
                Leading(lj.Left);
                _sb.Append(" OPTIONAL {");
                if (lj.Right is Filter)
                {
                    // Its own FILTER would become the OPTIONAL's condition (18.2.2.6); a nested group keeps it inside.
                    Nested(lj.Right);
                }
                else
                {
                    Elements(lj.Right);
                }

                if (lj.Condition is not null)
                {
                    _sb.Append(" FILTER(");
                    AppendExpression(lj.Condition);
                    _sb.Append(')');
                }

                _sb.Append(" }");
                break;
            case Minus minus:
                Leading(minus.Left);
                _sb.Append(" MINUS {");
                Elements(minus.Right);
                _sb.Append(" }");
                break;
            case Extend extend:
                Leading(extend.Input);
                _sb.Append(" BIND(");
                AppendExpression(extend.Expression);
                _sb.Append(" AS ");
                AppendVariable(extend.Variable);
                _sb.Append(')');
                break;
            case Filter filter:
                Leading(filter.Input);
                _sb.Append(" FILTER(");
                AppendExpression(filter.Condition);
                _sb.Append(')');
                break;
            default:
                Following(op);
                break;
        }
    }

    // The left part of a group: anything but a FILTER, whose scope would grow to the whole group, prints inline.
    private void Leading(Operator op)
    {
        if (op is Filter)
        {
            Nested(op);
        }
        else
        {
            Elements(op);
        }
    }

    // One element joined with whatever precedes it in the group.
    private void Following(Operator op)
    {
        switch (op)
        {
            case Bgp or PathPattern or Table:
                Elements(op);
                break;
            case Union union:
                _sb.Append(' ');
                Nested(union.Left, leadingSpace: false);
                _sb.Append(" UNION");
                Nested(union.Right);
                break;
            case Graph graph:
                _sb.Append(" GRAPH ");
                AppendNode(graph.Name);
                _sb.Append(" {");
                Elements(graph.Input);
                _sb.Append(" }");
                break;
            case Service service:
                _sb.Append(" SERVICE ");
                if (service.Silent)
                {
                    _sb.Append("SILENT ");
                }

                AppendNode(service.Endpoint);
                _sb.Append(" {");
                Elements(service.Input);
                _sb.Append(" }");
                break;
            case Project or Distinct or Reduced or Slice or OrderBy or Group:
                _sb.Append(" {");
                SubSelect(op);
                _sb.Append(" }");
                break;
            default:
                Nested(op);
                break;
        }
    }

    private void Nested(Operator op, bool leadingSpace = true)
    {
        _sb.Append(leadingSpace ? " {" : "{");
        Elements(op);
        _sb.Append(" }");
    }

    private void SubSelect(Operator op)
    {
        long? offset = null;
        long? limit = null;
        if (op is Slice slice)
        {
            (offset, limit, op) = (slice.Offset, slice.Limit, slice.Input);
        }

        var modifier = string.Empty;
        if (op is Distinct distinct)
        {
            (modifier, op) = (" DISTINCT", distinct.Input);
        }
        else if (op is Reduced reduced)
        {
            (modifier, op) = (" REDUCED", reduced.Input);
        }

        ValueArray<Variable>? projection = null;
        if (op is Project project)
        {
            (projection, op) = (project.Variables, project.Input);
        }

        ValueArray<OrderCondition>? order = null;
        if (op is OrderBy orderBy)
        {
            (order, op) = (orderBy.Conditions, orderBy.Input);
        }

        _sb.Append(" SELECT").Append(modifier);
        if (op is Group group)
        {
            // A group prints as the sub-select that computes exactly its keys and aggregates.
            AppendGroupSelect(group, projection);
        }
        else
        {
            if (projection is { } vars)
            {
                AppendProjection(vars);
            }
            else
            {
                _sb.Append(" *");
            }

            _sb.Append(" WHERE {");
            Elements(op);
            _sb.Append(" }");
        }

        if (order is { } conditions)
        {
            _sb.Append(" ORDER BY");
            foreach (var c in conditions)
            {
                _sb.Append(c.Descending ? " DESC(" : " ASC(");
                AppendExpression(c.Expression);
                _sb.Append(')');
            }
        }

        if (limit is { } l)
        {
            _sb.Append(" LIMIT ").Append(l.ToString(CultureInfo.InvariantCulture));
        }

        if (offset is { } o)
        {
            _sb.Append(" OFFSET ").Append(o.ToString(CultureInfo.InvariantCulture));
        }
    }

    private void AppendProjection(ValueArray<Variable> vars)
    {
        if (vars.IsEmpty)
        {
            // SPARQL cannot project nothing; * keeps the row count and adds only fresh, unshared variables.
            _sb.Append(" *");
            return;
        }

        foreach (var v in vars)
        {
            _sb.Append(' ');
            AppendVariable(v);
        }
    }

    private void AppendGroupSelect(Group group, ValueArray<Variable>? projection)
    {
        // Projection above a group keeps a subset of its keys and aggregates: print the group's own sub-select and
        // project from it, so aggregates never need their (generated) variables resolved into expressions.
        if (projection is { } vars)
        {
            AppendProjection(vars);
            _sb.Append(" WHERE { {");
            _sb.Append(" SELECT");
        }

        foreach (var key in group.Keys)
        {
            _sb.Append(' ');
            AppendVariable(key.Variable);
        }

        foreach (var a in group.Aggregates)
        {
            _sb.Append(" (");
            AppendExpression(a.Aggregate);
            _sb.Append(" AS ");
            AppendVariable(a.Variable);
            _sb.Append(')');
        }

        if (group.Keys.IsEmpty && group.Aggregates.IsEmpty)
        {
            _sb.Append(" (COUNT(*) AS ");
            AppendVariable(new Variable(".count"));
            _sb.Append(')');
        }

        _sb.Append(" WHERE {");
        Elements(group.Input);
        _sb.Append(" }");
        if (!group.Keys.IsEmpty)
        {
            _sb.Append(" GROUP BY");
            foreach (var key in group.Keys)
            {
                _sb.Append(' ');
                if (key.IsPlainVariable)
                {
                    AppendVariable(key.Variable);
                }
                else
                {
                    _sb.Append('(');
                    AppendExpression(key.Expression);
                    _sb.Append(" AS ");
                    AppendVariable(key.Variable);
                    _sb.Append(')');
                }
            }
        }

        if (projection is not null)
        {
            _sb.Append(" } }");
        }
    }

    private void AppendValues(Table table)
    {
        _sb.Append("VALUES (");
        for (var i = 0; i < table.Variables.Count; i++)
        {
            if (i > 0)
            {
                _sb.Append(' ');
            }

            AppendVariable(table.Variables[i]);
        }

        _sb.Append(") {");
        foreach (var row in table.Rows)
        {
            _sb.Append(" (");
            for (var i = 0; i < table.Variables.Count; i++)
            {
                _sb.Append(i == 0 ? string.Empty : " ");
                var value = i < row.Count ? row[i] : null;
                if (value is null or BlankNode)
                {
                    // A blank node is local to its document: it cannot be sent, and it would match nothing there anyway.
                    _sb.Append("UNDEF");
                }
                else
                {
                    AppendTerm(value);
                }
            }

            _sb.Append(')');
        }

        _sb.Append(" }");
    }

    private void AppendNode(PatternNode node)
    {
        switch (node)
        {
            case Variable v:
                AppendVariable(v);
                break;
            case TermNode { Term: BlankNode b }:
                // Only templates keep blank nodes; a pattern would have turned it into a variable. Same meaning here.
                AppendVariable(new Variable("?" + b.Label));
                break;
            case TermNode t:
                AppendTerm(t.Term);
                break;
        }
    }

    private void AppendTerm(Term term) => NTriplesFormatter.AppendTerm(_sb, term);

    private void AppendVariable(Variable v)
    {
        _sb.Append('?');
        if (!v.IsGenerated)
        {
            _sb.Append(v.Name);
            return;
        }

        if (!_generated.TryGetValue(v.Name, out var name))
        {
            name = _freshPrefix + _generated.Count.ToString(CultureInfo.InvariantCulture);
            _generated.Add(v.Name, name);
        }

        _sb.Append(name);
    }

    private void AppendPath(PropertyPath path)
    {
        switch (path)
        {
            case LinkPath link:
                AppendTerm(link.Predicate);
                break;
            case InversePath inverse:
                _sb.Append("^(");
                AppendPath(inverse.Path);
                _sb.Append(')');
                break;
            case SequencePath seq:
                _sb.Append('(');
                AppendPath(seq.Left);
                _sb.Append(" / ");
                AppendPath(seq.Right);
                _sb.Append(')');
                break;
            case AlternativePath alt:
                _sb.Append('(');
                AppendPath(alt.Left);
                _sb.Append(" | ");
                AppendPath(alt.Right);
                _sb.Append(')');
                break;
            case ZeroOrMorePath p:
                Modified(p.Path, '*');
                break;
            case OneOrMorePath p:
                Modified(p.Path, '+');
                break;
            case ZeroOrOnePath p:
                Modified(p.Path, '?');
                break;
            case NegatedPropertySet nps:
                _sb.Append("!(");
                var first = true;
                foreach (var iri in nps.Forward)
                {
                    _sb.Append(first ? string.Empty : " | ");
                    AppendTerm(iri);
                    first = false;
                }

                foreach (var iri in nps.Inverse)
                {
                    _sb.Append(first ? "^" : " | ^");
                    AppendTerm(iri);
                    first = false;
                }

                _sb.Append(')');
                break;
            default:
                throw new NotSupportedException($"Cannot print the property path {path} as SPARQL.");
        }
    }

    private void Modified(PropertyPath inner, char modifier)
    {
        _sb.Append('(');
        AppendPath(inner);
        _sb.Append(')').Append(modifier);
    }

    private void AppendExpression(Expression e)
    {
        switch (e)
        {
            case VariableExpression v:
                AppendVariable(v.Variable);
                break;
            case ConstantExpression c:
                AppendTerm(c.Value);
                break;
            case UnaryExpression u:
                _sb.Append(u.Operator switch
                {
                    UnaryOperator.Not => "!(",
                    UnaryOperator.Plus => "+(",
                    _ => "-(",
                });
                AppendExpression(u.Operand);
                _sb.Append(')');
                break;
            case BinaryExpression b:
                _sb.Append('(');
                AppendExpression(b.Left);
                _sb.Append(b.Operator switch
                {
                    BinaryOperator.Or => " || ",
                    BinaryOperator.And => " && ",
                    BinaryOperator.Equal => " = ",
                    BinaryOperator.NotEqual => " != ",
                    BinaryOperator.Less => " < ",
                    BinaryOperator.Greater => " > ",
                    BinaryOperator.LessOrEqual => " <= ",
                    BinaryOperator.GreaterOrEqual => " >= ",
                    BinaryOperator.Add => " + ",
                    BinaryOperator.Subtract => " - ",
                    BinaryOperator.Multiply => " * ",
                    _ => " / ",
                });
                AppendExpression(b.Right);
                _sb.Append(')');
                break;
            case InExpression i:
                _sb.Append('(');
                AppendExpression(i.Operand);
                _sb.Append(i.Negated ? " NOT IN " : " IN ");
                AppendArguments(i.List);
                _sb.Append(')');
                break;
            case FunctionCallExpression f:
                _sb.Append(f.Function == BuiltinFunction.EncodeForUri ? "ENCODE_FOR_URI" : f.Function.ToString().ToUpperInvariant());
                AppendArguments(f.Arguments);
                break;
            case ExtensionFunctionExpression x:
                AppendTerm(x.Function);
                AppendArguments(x.Arguments, x.Distinct);
                break;
            case ExistsExpression exists:
                _sb.Append(exists.Negated ? "NOT EXISTS {" : "EXISTS {");
                Elements(exists.Pattern);
                _sb.Append(" }");
                break;
            case AggregateExpression a:
                _sb.Append(a.Function == AggregateFunction.GroupConcat ? "GROUP_CONCAT" : a.Function.ToString().ToUpperInvariant());
                _sb.Append('(');
                if (a.Distinct)
                {
                    _sb.Append("DISTINCT ");
                }

                if (a.Argument is null)
                {
                    _sb.Append('*');
                }
                else
                {
                    AppendExpression(a.Argument);
                }

                if (a.Separator is not null)
                {
                    _sb.Append(" ; SEPARATOR=");
                    AppendTerm(new Literal(a.Separator));
                }

                _sb.Append(')');
                break;
            default:
                throw new NotSupportedException($"Cannot print the expression {e} as SPARQL.");
        }
    }

    private void AppendArguments(ValueArray<Expression> arguments, bool distinct = false)
    {
        _sb.Append('(');
        if (distinct)
        {
            _sb.Append("DISTINCT ");
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                _sb.Append(", ");
            }

            AppendExpression(arguments[i]);
        }

        _sb.Append(')');
    }
}
