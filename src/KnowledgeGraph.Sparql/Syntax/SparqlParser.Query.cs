using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>Query forms, solution modifiers and their translation (sections 18.2.4 and 18.2.5).</summary>
public sealed partial class SparqlParser
{
    private sealed record SelectItem(Variable Variable, Expression? Expression, Token At);

    private sealed class SelectClause
    {
        public bool Distinct { get; set; }

        public bool Reduced { get; set; }

        public bool All { get; set; }

        public List<SelectItem> Items { get; } = [];
    }

    private sealed class Modifiers
    {
        public List<GroupKey>? GroupKeys { get; set; }

        public Token GroupAt { get; set; }

        public List<Expression>? Having { get; set; }

        public List<OrderCondition>? Order { get; set; }

        public long? Limit { get; set; }

        public long? Offset { get; set; }

        public Table? Values { get; set; }
    }

    private Query Query()
    {
        ParsePrologue();
        Query q;
        var saved = SaveLevel();
        if (IsWord("SELECT"))
        {
            var clause = ParseSelectClause();
            var dataset = ParseDatasetClauses();
            var where = ParseWhereClause();
            var mods = ParseModifiers(true);
            var (op, vars) = FinishSelect(where, clause, mods);
            q = new SelectQuery(op, vars, clause.All, dataset, CurrentPrologue());
        }
        else if (AcceptWord("CONSTRUCT"))
        {
            q = ParseConstruct();
        }
        else if (AcceptWord("DESCRIBE"))
        {
            q = ParseDescribe();
        }
        else if (AcceptWord("ASK"))
        {
            var dataset = ParseDatasetClauses();
            var where = ParseWhereClause();
            var mods = ParseModifiers(true);
            q = new AskQuery(FinishOther(where, mods), dataset, CurrentPrologue());
        }
        else
        {
            throw Expected("SELECT, CONSTRUCT, DESCRIBE or ASK");
        }

        RestoreLevel(saved);
        if (Cur.Kind != TokenKind.EndOfInput)
        {
            throw Expected("the end of the query");
        }

        return q;
    }

    private (bool Allow, bool InAggregate, List<AggregateBinding> Aggregates) SaveLevel()
    {
        var saved = (_allowAggregates, _inAggregate, _aggregates);
        _aggregates = [];
        _allowAggregates = false;
        _inAggregate = false;
        return saved;
    }

    private void RestoreLevel((bool Allow, bool InAggregate, List<AggregateBinding> Aggregates) saved) =>
        (_allowAggregates, _inAggregate, _aggregates) = saved;

    private Operator ParseSubSelect()
    {
        var saved = SaveLevel();
        var clause = ParseSelectClause();
        var where = ParseWhereClause();
        var mods = ParseModifiers(true);
        var (op, _) = FinishSelect(where, clause, mods);
        RestoreLevel(saved);
        return op;
    }

    private SelectClause ParseSelectClause()
    {
        ExpectWord("SELECT");
        var clause = new SelectClause();
        if (AcceptWord("DISTINCT"))
        {
            clause.Distinct = true;
        }
        else if (AcceptWord("REDUCED"))
        {
            clause.Reduced = true;
        }

        if (Accept(TokenKind.Star))
        {
            clause.All = true;
            return clause;
        }

        while (true)
        {
            var t = Cur;
            if (t.Kind == TokenKind.Variable)
            {
                clause.Items.Add(new SelectItem(ParseVariable(), null, t));
            }
            else if (t.Kind == TokenKind.LParen)
            {
                _i++;
                _allowAggregates = true;
                var e = ParseExpression();
                _allowAggregates = false;
                ExpectWord("AS", "after the SELECT expression");
                var vt = Cur;
                var v = ParseVariable("a variable after AS");
                Expect(TokenKind.RParen, "')' to close the SELECT expression");
                clause.Items.Add(new SelectItem(v, e, vt));
            }
            else if (clause.Items.Count == 0)
            {
                throw Expected("'*', a variable or '(' in SELECT");
            }
            else
            {
                return clause;
            }
        }
    }

    private Dataset ParseDatasetClauses()
    {
        var defaults = new List<Iri>();
        var named = new List<Iri>();
        while (AcceptWord("FROM"))
        {
            if (AcceptWord("NAMED"))
            {
                named.Add(ParseIri("an IRI after FROM NAMED"));
            }
            else
            {
                defaults.Add(ParseIri("an IRI or NAMED after FROM"));
            }
        }

        return defaults.Count == 0 && named.Count == 0 ? Dataset.Unspecified : new Dataset(defaults.ToValueArray(), named.ToValueArray());
    }

    private Operator ParseWhereClause()
    {
        var hasWhere = AcceptWord("WHERE");
        if (Cur.Kind != TokenKind.LBrace)
        {
            throw Expected(hasWhere ? "'{' after WHERE" : "WHERE or '{'");
        }

        return ParseGroupGraphPattern();
    }

    private Modifiers ParseModifiers(bool allowValues)
    {
        var mods = new Modifiers();
        if (IsWord("GROUP"))
        {
            mods.GroupAt = Cur;
            _i++;
            ExpectWord("BY", "after GROUP");
            mods.GroupKeys = [];
            do
            {
                mods.GroupKeys.Add(ParseGroupCondition());
            }
            while (Cur.Kind is TokenKind.Variable or TokenKind.LParen or TokenKind.IriRef or TokenKind.PrefixedName
                   || (Cur.Kind == TokenKind.Word && Builtins.ContainsKey(TokenText(Cur))));
        }

        if (AcceptWord("HAVING"))
        {
            mods.Having = [];
            _allowAggregates = true;
            do
            {
                mods.Having.Add(ParseConstraint());
            }
            while (Cur.Kind is TokenKind.LParen or TokenKind.IriRef or TokenKind.PrefixedName || (Cur.Kind == TokenKind.Word && IsConstraintWord()));
            _allowAggregates = false;
        }

        if (IsWord("ORDER"))
        {
            _i++;
            ExpectWord("BY", "after ORDER");
            mods.Order = [];
            _allowAggregates = true;
            do
            {
                if (AcceptWord("ASC"))
                {
                    mods.Order.Add(new OrderCondition(ParseBracketedExpression()));
                }
                else if (AcceptWord("DESC"))
                {
                    mods.Order.Add(new OrderCondition(ParseBracketedExpression(), true));
                }
                else if (Cur.Kind == TokenKind.Variable)
                {
                    mods.Order.Add(new OrderCondition(new VariableExpression(ParseVariable())));
                }
                else
                {
                    mods.Order.Add(new OrderCondition(ParseConstraint()));
                }
            }
            while (Cur.Kind is TokenKind.Variable or TokenKind.LParen or TokenKind.IriRef or TokenKind.PrefixedName
                   || IsWord("ASC") || IsWord("DESC") || (Cur.Kind == TokenKind.Word && IsConstraintWord()));
            _allowAggregates = false;
        }

        if (AcceptWord("LIMIT"))
        {
            mods.Limit = ParseCount("LIMIT");
            if (AcceptWord("OFFSET"))
            {
                mods.Offset = ParseCount("OFFSET");
            }
        }
        else if (AcceptWord("OFFSET"))
        {
            mods.Offset = ParseCount("OFFSET");
            if (AcceptWord("LIMIT"))
            {
                mods.Limit = ParseCount("LIMIT");
            }
        }

        if (allowValues && AcceptWord("VALUES"))
        {
            mods.Values = ParseDataBlock();
        }

        return mods;
    }

    private bool IsConstraintWord()
    {
        var name = TokenText(Cur);
        return Builtins.ContainsKey(name) || Aggregates.ContainsKey(name) || IsWord("BOUND") || IsWord("EXISTS")
            || (IsWord("NOT") && IsWord(Ahead(1), "EXISTS"));
    }

    private long ParseCount(string clause)
    {
        var t = Expect(TokenKind.Integer, $"a non-negative integer after {clause}");
        if (!long.TryParse(t.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            throw ErrorAt(t, $"the {clause} value {t.Value} is too large");
        }

        return n;
    }

    private GroupKey ParseGroupCondition()
    {
        var t = Cur;
        if (t.Kind == TokenKind.Variable)
        {
            var v = ParseVariable();
            return new GroupKey(v, new VariableExpression(v));
        }

        if (t.Kind == TokenKind.LParen)
        {
            _i++;
            var e = ParseExpression();
            if (AcceptWord("AS"))
            {
                var v = ParseVariable("a variable after AS");
                Expect(TokenKind.RParen, "')' to close the GROUP BY expression");
                return new GroupKey(v, e);
            }

            Expect(TokenKind.RParen, "')' or AS in the GROUP BY expression");
            return e is VariableExpression ve ? new GroupKey(ve.Variable, e) : new GroupKey(GeneratedVariable(), e);
        }

        if (IsIriStart(t))
        {
            var e = ParseIriOrFunction();
            if (e is not ExtensionFunctionExpression)
            {
                throw ErrorAt(t, "expected a function call, found an IRI in GROUP BY");
            }

            return new GroupKey(GeneratedVariable(), e);
        }

        if (t.Kind == TokenKind.Word)
        {
            return new GroupKey(GeneratedVariable(), ParseBuiltInCall());
        }

        throw Expected("a variable, '(' or a function call in GROUP BY");
    }

    /// <summary>Grouping, HAVING and VALUES (18.2.4.1-3), common to all query forms.</summary>
    private Operator ApplyGrouping(Operator where, Modifiers mods, out bool grouped, out HashSet<Variable> groupVariables)
    {
        var p = where;
        grouped = mods.GroupKeys is not null || _aggregates.Count > 0;
        groupVariables = [];
        if (grouped)
        {
            var keys = mods.GroupKeys ?? [];
            foreach (var k in keys)
            {
                groupVariables.Add(k.Variable);
            }

            p = new Group(p, keys.ToValueArray(), _aggregates.ToValueArray());
        }

        if (mods.Having is { Count: > 0 })
        {
            p = new Filter(Conjunction(mods.Having), p);
        }

        if (mods.Values is not null)
        {
            p = new Join(p, mods.Values);
        }

        return p;
    }

    private Operator ApplyOrderAndSlice(Operator p, Modifiers mods, Func<Operator, Operator>? project)
    {
        if (mods.Order is { Count: > 0 })
        {
            p = new OrderBy(p, mods.Order.ToValueArray());
        }

        if (project is not null)
        {
            p = project(p);
        }

        if (mods.Limit is not null || mods.Offset is not null)
        {
            p = new Slice(p, mods.Offset, mods.Limit);
        }

        return p;
    }

    private (Operator Op, ValueArray<Variable> Variables) FinishSelect(Operator where, SelectClause clause, Modifiers mods)
    {
        var p = ApplyGrouping(where, mods, out var grouped, out var groupVariables);
        if (clause.All && grouped)
        {
            throw ErrorAt(mods.GroupKeys is null ? Cur : mods.GroupAt, "SELECT * is not allowed in a grouped query");
        }

        var inScope = new HashSet<Variable>(VariableScope.InScope(p));
        var assigned = new HashSet<Variable>();
        var projected = new List<Variable>();
        foreach (var item in clause.Items)
        {
            if (item.Expression is null)
            {
                if (grouped && !groupVariables.Contains(item.Variable) && !assigned.Contains(item.Variable))
                {
                    throw ErrorAt(item.At, $"{item.Variable} is selected but is neither grouped nor assigned by an expression");
                }
            }
            else
            {
                if (inScope.Contains(item.Variable) || assigned.Contains(item.Variable) || projected.Contains(item.Variable))
                {
                    throw ErrorAt(item.At, $"the SELECT expression assigns {item.Variable}, which is already in scope");
                }

                if (grouped)
                {
                    foreach (var v in VariableScope.Mentioned(item.Expression))
                    {
                        if (!v.IsGenerated && !groupVariables.Contains(v) && !assigned.Contains(v))
                        {
                            throw ErrorAt(item.At, $"the SELECT expression for {item.Variable} uses {v}, which is not grouped");
                        }
                    }
                }

                p = new Extend(p, item.Variable, item.Expression);
                assigned.Add(item.Variable);
            }

            if (!projected.Contains(item.Variable))
            {
                projected.Add(item.Variable);
            }
        }

        var variables = clause.All
            ? VariableScope.InScope(p).Where(v => !v.IsGenerated).ToValueArray()
            : projected.ToValueArray();
        p = ApplyOrderAndSlice(p, mods, input =>
        {
            Operator result = new Project(input, variables);
            if (clause.Distinct)
            {
                result = new Distinct(result);
            }
            else if (clause.Reduced)
            {
                result = new Reduced(result);
            }

            return result;
        });
        return (p, variables);
    }

    private Operator FinishOther(Operator where, Modifiers mods)
    {
        var p = ApplyGrouping(where, mods, out _, out _);
        return ApplyOrderAndSlice(p, mods, null);
    }

    private ConstructQuery ParseConstruct()
    {
        if (Cur.Kind == TokenKind.LBrace)
        {
            _i++;
            var items = new List<object>();
            var context = TriplesContext.Template("a CONSTRUCT template");
            while (!Accept(TokenKind.RBrace))
            {
                if (!StartsTriples(Cur))
                {
                    throw Expected("'}' or a triple pattern");
                }

                if (!ParseTriplesBlock(items, context) && Cur.Kind != TokenKind.RBrace)
                {
                    throw Expected("'.' or '}' after the triple pattern");
                }
            }

            var dataset = ParseDatasetClauses();
            var where = ParseWhereClause();
            var mods = ParseModifiers(true);
            return new ConstructQuery(items.Cast<TriplePattern>().ToValueArray(), FinishOther(where, mods), dataset, CurrentPrologue());
        }

        // CONSTRUCT WHERE { TriplesTemplate }: the template is also the pattern.
        var ds = ParseDatasetClauses();
        ExpectWord("WHERE", "or '{' after CONSTRUCT");
        Expect(TokenKind.LBrace, "'{' after WHERE");
        var start = _i;
        var template = new List<object>();
        _currentBgp = ++_bgpCounter;
        while (!Accept(TokenKind.RBrace))
        {
            if (!StartsTriples(Cur))
            {
                throw Expected("'}' or a triple pattern (CONSTRUCT WHERE takes triples only)");
            }

            if (!ParseTriplesBlock(template, TriplesContext.Pattern) && Cur.Kind != TokenKind.RBrace)
            {
                throw Expected("'.' or '}' after the triple pattern");
            }
        }

        _ = start;
        var patterns = template.OfType<TriplePattern>().ToList();
        if (patterns.Count != template.Count)
        {
            throw ErrorAt(_tokens[start], "CONSTRUCT WHERE takes plain triples, not property paths");
        }

        var m = ParseModifiers(true);
        return new ConstructQuery(patterns.ToValueArray(), FinishOther(new Bgp(patterns.ToValueArray()), m), ds, CurrentPrologue());
    }

    private DescribeQuery ParseDescribe()
    {
        var targets = new List<PatternNode>();
        var all = Accept(TokenKind.Star);
        if (!all)
        {
            do
            {
                targets.Add(ParseVarOrIri("'*', a variable or an IRI after DESCRIBE"));
            }
            while (Cur.Kind is TokenKind.Variable or TokenKind.IriRef or TokenKind.PrefixedName);
        }

        var dataset = ParseDatasetClauses();
        Operator where = Table.Unit;
        if (IsWord("WHERE") || Cur.Kind == TokenKind.LBrace)
        {
            where = ParseWhereClause();
        }

        var mods = ParseModifiers(true);
        return new DescribeQuery(targets.ToValueArray(), all, FinishOther(where, mods), dataset, CurrentPrologue());
    }
}
