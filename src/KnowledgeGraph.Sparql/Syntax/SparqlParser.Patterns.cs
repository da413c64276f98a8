using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>Group graph patterns and their translation (section 18.2.2).</summary>
public sealed partial class SparqlParser
{
    private static Operator JoinWith(Operator? left, Operator right) => left is null ? right : new Join(left, right);

    private static Expression Conjunction(List<Expression> expressions)
    {
        var e = expressions[0];
        for (var i = 1; i < expressions.Count; i++)
        {
            e = new BinaryExpression(BinaryOperator.And, e, expressions[i]);
        }

        return e;
    }

    /// <summary>Turns the pending triples and paths of a triples block into BGPs and path operators, in order.</summary>
    private static Operator? FlushBlock(Operator? g, List<object> items)
    {
        if (items.Count == 0)
        {
            return g;
        }

        Operator? block = null;
        var run = new List<TriplePattern>();
        foreach (var item in items)
        {
            if (item is TriplePattern t)
            {
                run.Add(t);
            }
            else
            {
                if (run.Count > 0)
                {
                    block = JoinWith(block, new Bgp(run.ToValueArray()));
                    run.Clear();
                }

                block = JoinWith(block, (Operator)item);
            }
        }

        if (run.Count > 0)
        {
            block = JoinWith(block, new Bgp(run.ToValueArray()));
        }

        items.Clear();
        return JoinWith(g, block!);
    }

    /// <summary>GroupGraphPattern: '{' ( SubSelect | GroupGraphPatternSub ) '}', translated per 18.2.2.6.</summary>
    private Operator ParseGroupGraphPattern()
    {
        Expect(TokenKind.LBrace, "'{'");
        if (IsWord("SELECT"))
        {
            var sub = ParseSubSelect();
            Expect(TokenKind.RBrace, "'}' after the subquery");
            return sub;
        }

        // Aggregates never appear inside a pattern, even one nested in a SELECT expression (EXISTS).
        var savedAllow = _allowAggregates;
        _allowAggregates = false;
        Operator? g = null;
        var items = new List<object>();
        List<Expression>? filters = null;
        var blockId = 0;
        var afterBlockWithoutDot = false;
        while (true)
        {
            var t = Cur;
            if (t.Kind == TokenKind.RBrace)
            {
                _i++;
                break;
            }

            if (StartsTriples(t))
            {
                if (afterBlockWithoutDot)
                {
                    throw Expected("'.' or '}' after the triple pattern");
                }

                if (items.Count == 0)
                {
                    blockId = ++_bgpCounter;
                }

                _currentBgp = blockId;
                afterBlockWithoutDot = !ParseTriplesBlock(items, TriplesContext.Pattern);
                continue;
            }

            afterBlockWithoutDot = false;
            if (AcceptWord("FILTER"))
            {
                (filters ??= []).Add(ParseConstraint());
                Accept(TokenKind.Dot);
                continue;
            }

            if (IsWord("OPTIONAL"))
            {
                _i++;
                g = FlushBlock(g, items);
                var right = ParseGroupGraphPattern();
                g = right is Filter f
                    ? new LeftJoin(g ?? Table.Unit, f.Input, f.Condition)
                    : new LeftJoin(g ?? Table.Unit, right);
            }
            else if (IsWord("MINUS"))
            {
                _i++;
                g = FlushBlock(g, items);
                g = new Minus(g ?? Table.Unit, ParseGroupGraphPattern());
            }
            else if (IsWord("GRAPH"))
            {
                _i++;
                g = FlushBlock(g, items);
                var name = ParseVarOrIri("a variable or an IRI after GRAPH");
                g = JoinWith(g, new Graph(name, ParseGroupGraphPattern()));
            }
            else if (IsWord("SERVICE"))
            {
                _i++;
                g = FlushBlock(g, items);
                var silent = AcceptWord("SILENT");
                var name = ParseVarOrIri("a variable or an IRI after SERVICE");
                g = JoinWith(g, new Service(name, ParseGroupGraphPattern(), silent));
            }
            else if (IsWord("BIND"))
            {
                _i++;
                g = FlushBlock(g, items);
                Expect(TokenKind.LParen, "'(' after BIND");
                var e = ParseExpression();
                ExpectWord("AS", "in BIND");
                var vt = Cur;
                var v = ParseVariable("a variable after AS");
                Expect(TokenKind.RParen, "')' to close BIND");
                if (g is not null && VariableScope.InScope(g).Contains(v))
                {
                    throw ErrorAt(vt, $"BIND assigns {v}, which is already in scope in the group");
                }

                g = new Extend(g ?? Table.Unit, v, e);
            }
            else if (IsWord("VALUES"))
            {
                _i++;
                g = FlushBlock(g, items);
                g = JoinWith(g, ParseDataBlock());
            }
            else if (t.Kind == TokenKind.LBrace)
            {
                g = FlushBlock(g, items);
                var a = ParseGroupGraphPattern();
                while (AcceptWord("UNION"))
                {
                    a = new Union(a, ParseGroupGraphPattern());
                }

                g = JoinWith(g, a);
            }
            else
            {
                throw Expected("'}' or a graph pattern");
            }

            Accept(TokenKind.Dot);
        }

        g = FlushBlock(g, items);
        _allowAggregates = savedAllow;
        var result = g ?? Table.Unit;
        return filters is null ? result : new Filter(Conjunction(filters), result);
    }

    /// <summary>DataBlock after VALUES: one variable with values, or a list of variables with rows.</summary>
    private Table ParseDataBlock()
    {
        var variables = new List<Variable>();
        var rows = new List<ValueArray<Term?>>();
        if (Cur.Kind == TokenKind.Variable)
        {
            variables.Add(ParseVariable());
            Expect(TokenKind.LBrace, "'{' after the VALUES variable");
            while (!Accept(TokenKind.RBrace))
            {
                rows.Add([ParseDataBlockValue()]);
            }

            return new Table(variables.ToValueArray(), rows.ToValueArray());
        }

        Expect(TokenKind.LParen, "a variable or '(' after VALUES");
        while (!Accept(TokenKind.RParen))
        {
            var vt = Cur;
            var v = ParseVariable("a variable or ')' in the VALUES variable list");
            if (variables.Contains(v))
            {
                throw ErrorAt(vt, $"{v} appears twice in the VALUES variable list");
            }

            variables.Add(v);
        }

        Expect(TokenKind.LBrace, "'{' after the VALUES variables");
        while (!Accept(TokenKind.RBrace))
        {
            var open = Cur;
            Expect(TokenKind.LParen, "'(' to start a VALUES row, or '}'");
            var row = new List<Term?>();
            while (!Accept(TokenKind.RParen))
            {
                row.Add(ParseDataBlockValue());
            }

            if (row.Count != variables.Count)
            {
                throw ErrorAt(open, $"this VALUES row has {row.Count} value(s) for {variables.Count} variable(s)");
            }

            rows.Add(row.ToValueArray());
        }

        return new Table(variables.ToValueArray(), rows.ToValueArray());
    }

    private Term? ParseDataBlockValue()
    {
        if (AcceptWord("UNDEF"))
        {
            return null;
        }

        if (IsIriStart(Cur))
        {
            return ParseIri();
        }

        if (AtLiteral())
        {
            return ParseLiteral();
        }

        throw Expected("an IRI, a literal or UNDEF in VALUES");
    }

    /// <summary>Constraint: BrackettedExpression | BuiltInCall | FunctionCall.</summary>
    private Expression ParseConstraint()
    {
        if (Cur.Kind == TokenKind.LParen)
        {
            return ParseBracketedExpression();
        }

        if (Cur.Kind == TokenKind.Word && !IsWord("true") && !IsWord("false"))
        {
            return ParseBuiltInCall();
        }

        if (IsIriStart(Cur) && Ahead(1).Kind == TokenKind.LParen)
        {
            return ParseIriOrFunction();
        }

        throw Expected("'(', a function call or a builtin call as the constraint");
    }
}
