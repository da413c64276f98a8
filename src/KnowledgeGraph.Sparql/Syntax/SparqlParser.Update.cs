using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>SPARQL 1.1 Update: operations, quad data and quad templates.</summary>
public sealed partial class SparqlParser
{
    private UpdateRequest UpdateRequest()
    {
        var operations = new List<UpdateOperation>();
        while (true)
        {
            ParsePrologue();
            if (Cur.Kind == TokenKind.EndOfInput)
            {
                break;
            }

            _operationIndex = operations.Count;
            operations.Add(ParseUpdateOperation());
            if (!Accept(TokenKind.Semicolon))
            {
                break;
            }
        }

        if (Cur.Kind != TokenKind.EndOfInput)
        {
            throw Expected(operations.Count == 0 ? "an update operation" : "';' or the end of the update");
        }

        return new UpdateRequest(operations.ToValueArray(), CurrentPrologue());
    }

    private UpdateOperation ParseUpdateOperation()
    {
        if (AcceptWord("LOAD"))
        {
            var silent = AcceptWord("SILENT");
            var source = ParseIri("an IRI after LOAD");
            Iri? into = null;
            if (AcceptWord("INTO"))
            {
                ExpectWord("GRAPH", "after INTO");
                into = ParseIri("a graph IRI after INTO GRAPH");
            }

            return new Load(source, into, silent);
        }

        if (AcceptWord("CLEAR"))
        {
            var silent = AcceptWord("SILENT");
            return new Clear(ParseGraphRefAll(), silent);
        }

        if (AcceptWord("DROP"))
        {
            var silent = AcceptWord("SILENT");
            return new Drop(ParseGraphRefAll(), silent);
        }

        if (AcceptWord("CREATE"))
        {
            var silent = AcceptWord("SILENT");
            ExpectWord("GRAPH", "after CREATE");
            return new Create(ParseIri("a graph IRI after CREATE GRAPH"), silent);
        }

        foreach (var name in (ReadOnlySpan<string>)["ADD", "MOVE", "COPY"])
        {
            if (AcceptWord(name))
            {
                var silent = AcceptWord("SILENT");
                var from = ParseGraphOrDefault();
                ExpectWord("TO", $"in {name}");
                var to = ParseGraphOrDefault();
                return name switch
                {
                    "ADD" => new Add(from, to, silent),
                    "MOVE" => new Move(from, to, silent),
                    _ => new Copy(from, to, silent),
                };
            }
        }

        if (IsWord("INSERT") && IsWord(Ahead(1), "DATA"))
        {
            _i += 2;
            return new InsertData(ParseQuadData(TriplesContext.Data("INSERT DATA", allowBlankNodes: true)));
        }

        if (IsWord("DELETE") && IsWord(Ahead(1), "DATA"))
        {
            _i += 2;
            return new DeleteData(ParseQuadData(TriplesContext.Data("DELETE DATA", allowBlankNodes: false)));
        }

        if (IsWord("DELETE") && IsWord(Ahead(1), "WHERE"))
        {
            _i += 2;
            var quads = ParseQuadPattern(TriplesContext.Template("DELETE WHERE", allowBlankNodes: false));
            return new DeleteWhere(quads.ToValueArray());
        }

        if (IsWord("WITH") || IsWord("DELETE") || IsWord("INSERT"))
        {
            return ParseModify();
        }

        throw Expected("an update operation (INSERT, DELETE, LOAD, CLEAR, CREATE, DROP, ADD, MOVE, COPY or WITH)");
    }

    private GraphTarget ParseGraphRefAll()
    {
        if (AcceptWord("DEFAULT"))
        {
            return GraphTarget.Default;
        }

        if (AcceptWord("NAMED"))
        {
            return GraphTarget.Named;
        }

        if (AcceptWord("ALL"))
        {
            return GraphTarget.All;
        }

        if (AcceptWord("GRAPH"))
        {
            return GraphTarget.For(ParseIri("a graph IRI after GRAPH"));
        }

        throw Expected("GRAPH, DEFAULT, NAMED or ALL");
    }

    private GraphTarget ParseGraphOrDefault()
    {
        if (AcceptWord("DEFAULT"))
        {
            return GraphTarget.Default;
        }

        AcceptWord("GRAPH");
        return GraphTarget.For(ParseIri("DEFAULT, GRAPH or a graph IRI"));
    }

    private Modify ParseModify()
    {
        Iri? with = null;
        if (AcceptWord("WITH"))
        {
            with = ParseIri("a graph IRI after WITH");
        }

        var delete = new List<QuadPattern>();
        var insert = new List<QuadPattern>();
        var any = false;
        if (AcceptWord("DELETE"))
        {
            delete = ParseQuadPattern(TriplesContext.Template("a DELETE template", allowBlankNodes: false));
            any = true;
        }

        if (AcceptWord("INSERT"))
        {
            insert = ParseQuadPattern(TriplesContext.Template("an INSERT template"));
            any = true;
        }

        if (!any)
        {
            throw Expected("DELETE or INSERT");
        }

        var usingDefault = new List<Iri>();
        var usingNamed = new List<Iri>();
        while (AcceptWord("USING"))
        {
            if (AcceptWord("NAMED"))
            {
                usingNamed.Add(ParseIri("an IRI after USING NAMED"));
            }
            else
            {
                usingDefault.Add(ParseIri("an IRI or NAMED after USING"));
            }
        }

        ExpectWord("WHERE", "before the pattern of DELETE/INSERT");
        var saved = SaveLevel();
        var where = ParseGroupGraphPattern();
        RestoreLevel(saved);
        return new Modify(with, delete.ToValueArray(), insert.ToValueArray(), usingDefault.ToValueArray(), usingNamed.ToValueArray(), where);
    }

    private ValueArray<Quad> ParseQuadData(TriplesContext context)
    {
        var quads = ParseQuadPattern(context);
        var result = new List<Quad>(quads.Count);
        foreach (var q in quads)
        {
            var s = ((TermNode)q.Subject).Term;
            var p = (Iri)((TermNode)q.Predicate).Term;
            var o = ((TermNode)q.Object).Term;
            var g = ((TermNode)q.Graph).Term;
            result.Add(new Quad(s, p, o, g));
        }

        return result.ToValueArray();
    }

    /// <summary>'{' Quads '}': triples in the default graph and GRAPH blocks.</summary>
    private List<QuadPattern> ParseQuadPattern(TriplesContext context)
    {
        Expect(TokenKind.LBrace, "'{'");
        var quads = new List<QuadPattern>();
        var afterBlockWithoutDot = false;
        while (!Accept(TokenKind.RBrace))
        {
            if (IsWord("GRAPH"))
            {
                _i++;
                afterBlockWithoutDot = false;
                var gt = Cur;
                var graph = ParseVarOrIri("a variable or an IRI after GRAPH");
                if (graph is Variable && !context.AllowVariables)
                {
                    throw ErrorAt(gt, $"variables are not allowed in {context.Clause}");
                }

                Expect(TokenKind.LBrace, "'{' after the graph name");
                var items = new List<object>();
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

                quads.AddRange(items.Cast<TriplePattern>().Select(t => new QuadPattern(t.Subject, t.Predicate, t.Object, graph)));
                Accept(TokenKind.Dot);
                continue;
            }

            if (!StartsTriples(Cur))
            {
                throw Expected("'}', GRAPH or a triple pattern");
            }

            if (afterBlockWithoutDot)
            {
                throw Expected("'.' or '}' after the triple pattern");
            }

            var block = new List<object>();
            afterBlockWithoutDot = !ParseTriplesBlock(block, context);
            quads.AddRange(block.Cast<TriplePattern>().Select(t => new QuadPattern(t.Subject, t.Predicate, t.Object, QuadPattern.DefaultGraphNode)));
        }

        return quads;
    }
}
