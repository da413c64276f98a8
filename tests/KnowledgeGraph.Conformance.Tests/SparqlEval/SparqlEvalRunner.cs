using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Expressions;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Conformance.Tests.SparqlEval;

/// <summary>
/// Runs one evaluation entry: loads qt:data into the default graph and each qt:graphData into a named graph
/// named by its file IRI, runs the query through <see cref="SparqlEngine"/>, and compares with the expected
/// result: solutions as multisets with blank-node mapping (in order where the query orders, on the ordering
/// keys only), graphs by isomorphism, booleans exactly.
/// </summary>
public static class SparqlEvalRunner
{
    public static W3CEntryOutcome Run(SparqlEvalEntry entry, bool optimize = true)
    {
        string text;
        try
        {
            text = File.ReadAllText(entry.QueryPath);
            var source = new InMemoryQuadSource();
            foreach (var data in entry.DataPaths)
            {
                foreach (var quad in ReadRdf(data, new Uri(data).AbsoluteUri))
                {
                    source.Add(new Quad(quad.Subject, quad.Predicate, quad.Obj));
                }
            }

            foreach (var (path, iri) in entry.GraphData)
            {
                var name = new Iri(iri);
                foreach (var quad in ReadRdf(path, iri))
                {
                    source.Add(new Quad(quad.Subject, quad.Predicate, quad.Obj, name));
                }
            }

            var query = SparqlParser.ParseQuery(text, entry.QueryIri, entry.QueryPath);

            // FROM / FROM NAMED name files the test expects the engine to load: load each as a named graph.
            foreach (var graph in query.Dataset.DefaultGraphs.Concat(query.Dataset.NamedGraphs).Distinct())
            {
                if (graph.Value.StartsWith("file:", StringComparison.Ordinal) && File.Exists(new Uri(graph.Value).LocalPath))
                {
                    foreach (var quad in ReadRdf(new Uri(graph.Value).LocalPath, graph.Value))
                    {
                        source.Add(new Quad(quad.Subject, quad.Predicate, quad.Obj, graph));
                    }
                }
            }

            var engine = new SparqlEngine(source, new EvaluationOptions { Optimize = optimize, Timeout = TimeSpan.FromSeconds(30) });
            var actual = Canonical(Materialize(engine.Query(query)));
            if (entry.ResultPath is null)
            {
                return W3CEntryOutcome.Fail($"{entry.Id}: no expected result.");
            }

            var (expectedRaw, orderedResult) = ReadExpected(entry.ResultPath, query);
            var expected = Canonical(expectedRaw);
            var ordered = orderedResult || HasOrderBy(query.Pattern);
            var difference = Compare(expected, actual, ordered, query);
            return difference is null
                ? W3CEntryOutcome.Pass($"{entry.Id}: results match.")
                : W3CEntryOutcome.Fail($"{entry.Id}: {difference}\nquery:\n{text}\nalgebra: {query.Pattern}");
        }
        catch (Exception e)
        {
            return W3CEntryOutcome.Fail($"{entry.Id}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
        }
    }

    public static (W3CEntryStatus Status, string Explanation) Judge(SparqlEvalEntry entry, W3CEntryOutcome outcome, SkipList skipList)
    {
        var reason = skipList.ReasonFor(entry.Id);
        return (reason, outcome.Passed) switch
        {
            (null, true) => (W3CEntryStatus.Passed, outcome.Detail),
            (null, false) => (W3CEntryStatus.Failed, outcome.Detail),
            (_, false) => (W3CEntryStatus.Skipped, $"{SparqlEvalSuites.SkipListFileName}: {reason}. Still failing: {outcome.Detail}"),
            (_, true) => (W3CEntryStatus.PassingButListed, $"{entry.Id} is listed in {SparqlEvalSuites.SkipListFileName} ({reason}) but now passes: remove its line."),
        };
    }

    private static QueryResult Materialize(QueryResult result) => result switch
    {
        SolutionSequence s => s.Materialize(),
        GraphResult g => new GraphResult(g.Quads.ToList()),
        _ => result,
    };

    /// <summary>
    /// Numeric literals in canonical form on both sides, so that results compare by value as the W3C
    /// harnesses of other engines do ("1050"^^xsd:double is "1.05E3"^^xsd:double).
    /// </summary>
    private static QueryResult Canonical(QueryResult result)
    {
        if (result is not SolutionSequence s)
        {
            return result;
        }

        var rows = s.Rows.Select(r =>
        {
            var values = new Term?[r.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Canonical(r[i]);
            }

            return new SolutionRow(s.Variables, values);
        }).ToList();
        return new SolutionSequence(s.Variables, rows);
    }

    private static Term? Canonical(Term? term) =>
        term is Literal l && KnowledgeGraph.Rdf.Datatypes.XsdDatatypes.TryGet(l.Datatype, out var d) && KnowledgeGraph.Rdf.Datatypes.XsdDatatypes.IsNumeric(d)
            && KnowledgeGraph.Rdf.Datatypes.XsdValue.TryParse(l, out var v)
            ? v.ToLiteral()
            : term;

    private static IReadOnlyList<Quad> ReadRdf(string path, string baseIri)
    {
        var format = RdfFormat.FromFileName(path) ?? throw new InvalidDataException($"{path}: unknown RDF format.");
        using var text = File.OpenText(path);
        var reader = RdfReaders.Create(format, text, new RdfReaderOptions { BaseIri = baseIri, SourceName = path });
        return reader.ReadQuads().ToList();
    }

    private static (QueryResult Result, bool Ordered) ReadExpected(string path, Query query)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".srx" or ".srj" or ".tsv" or ".csv")
        {
            return (SparqlResultsReaders.ReadFile(path), false);
        }

        var quads = ReadRdf(path, new Uri(path).AbsoluteUri);
        if (query is ConstructQuery or DescribeQuery)
        {
            return (new GraphResult(quads), false);
        }

        return RdfResultSet.TryDecode(quads) ?? throw new InvalidDataException($"{path}: not an rs:ResultSet.");
    }

    private static bool HasOrderBy(Operator op) => op switch
    {
        OrderBy => true,
        Project or Distinct or Reduced or Slice => HasOrderBy(op.Children[0]),
        _ => false,
    };

    private static string? Compare(QueryResult expected, QueryResult actual, bool ordered, Query query)
    {
        if (expected is GraphResult eg && actual is GraphResult ag)
        {
            var e = eg.Quads.ToList();
            var a = ag.Quads.ToList();
            return GraphIsomorphism.AreIsomorphic(e, a) ? null : "graphs differ: " + GraphIsomorphism.Explain(e, a);
        }

        if (expected is BooleanResult eb && actual is BooleanResult ab)
        {
            return eb.Value == ab.Value ? null : $"expected {eb.Value}, got {ab.Value}";
        }

        if (expected is SolutionSequence es && actual is SolutionSequence acts)
        {
            var unordered = ResultsEquivalence.Difference(expected, actual, ordered: false);
            if (unordered is not null || !ordered)
            {
                return unordered;
            }

            // Order matters only on the ORDER BY keys: compare the key columns row by row.
            var keys = OrderKeys(query.Pattern);
            if (keys is null)
            {
                return ResultsEquivalence.Difference(expected, actual, ordered: true);
            }

            var expectedRows = es.Rows.ToList();
            var actualRows = acts.Rows.ToList();
            for (var i = 0; i < expectedRows.Count; i++)
            {
                foreach (var key in keys)
                {
                    var x = expectedRows[i][key];
                    var y = actualRows[i][key];
                    if (x is BlankNode && y is BlankNode)
                    {
                        continue;
                    }

                    if (!Equals(x, y) && OrderComparer.Instance.Compare(x, y) != 0)
                    {
                        return $"row {i}: ?{key} is {y?.ToString() ?? "unbound"}, expected {x?.ToString() ?? "unbound"} (ordered result)";
                    }
                }
            }

            return null;
        }

        return $"expected a {expected.GetType().Name}, got a {actual.GetType().Name}";
    }

    /// <summary>The projected variables the query orders by, or null when it orders by other expressions.</summary>
    private static List<string>? OrderKeys(Operator op)
    {
        while (op is Project or Distinct or Reduced or Slice)
        {
            op = op.Children[0];
        }

        if (op is not OrderBy order)
        {
            return null;
        }

        var keys = new List<string>();
        foreach (var c in order.Conditions)
        {
            if (c.Expression is not VariableExpression v)
            {
                return null;
            }

            keys.Add(v.Variable.Name);
        }

        return keys;
    }
}
