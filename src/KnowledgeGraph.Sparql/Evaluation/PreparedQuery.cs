using System.Text;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Expressions;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// A query compiled against a source and dataset, ready to run once: SELECT yields solutions lazily, ASK a
/// boolean, CONSTRUCT and DESCRIBE a stream of triples. <see cref="Explain"/> prints the plan with estimated and
/// actual row counts (the actual counts are filled in as the result is consumed).
/// </summary>
public sealed class PreparedQuery
{
    private readonly Query _query;
    private readonly PlanNode _plan;
    private readonly PlanCompiler _compiler;
    private readonly ExecutionContextHolder _holder;
    private readonly QueryContext _queryContext;
    private readonly EvaluationOptions _options;
    private readonly IQuadSource _source;
    private readonly IReadOnlyList<Term>? _namedGraphs;
    private ExecutionContext _context;
    private readonly VariableTable _variables;
    private readonly ActiveGraph _defaultGraph;

    public PreparedQuery(Query query, Operator optimizedPattern, IQuadSource source, QueryDataset? dataset, EvaluationOptions? options)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(source);
        options ??= EvaluationOptions.Default;
        _query = query;
        _variables = new VariableTable();
        var deadline = options.Timeout is { } t ? DateTime.UtcNow + t : (DateTime?)null;
        var queryContext = new QueryContext(query.Prologue.BaseIri, options.Now, options.RandomSeed)
        {
            Cancellation = options.Cancellation,
            Deadline = deadline,
        };
        var holder = new ExecutionContextHolder();
        _compiler = new PlanCompiler(_variables, queryContext, holder)
        {
            FuseIntoBgpLoops = options.Optimize,
            Correlated = options.Optimize
                ? new CorrelatedExistsPlanning(source, new Optimizer.QueryOptimizer(source, query.Prologue.BaseIri).OptimizeCorrelated)
                : null,
        };
        if (query is SelectQuery select)
        {
            foreach (var v in select.Variables)
            {
                _variables.Slot(v);
            }
        }

        _plan = _compiler.Compile(optimizedPattern);
        Estimator.Annotate(_plan, source);
        if (options.Optimize)
        {
            JoinChoice.Choose(_plan);
        }
        var (defaultGraph, named) = ResolveDataset(query.Dataset, dataset);
        _defaultGraph = defaultGraph;
        _namedGraphs = named;
        _holder = holder;
        _queryContext = queryContext;
        _options = options;
        _source = source;
        _context = NewContext();
    }

    public PlanNode Plan => _plan;

    public Query Query => _query;

    /// <summary>
    /// Runs the query and returns its result (a lazy one for SELECT, CONSTRUCT and DESCRIBE). Each call starts a
    /// new execution context, so what one run remembers (decorrelated EXISTS keys, path answers) is not reused by
    /// the next, which may see other data; read one result before executing again.
    /// </summary>
    public QueryResult Execute()
    {
        _context = NewContext();
        return Run();
    }

    private ExecutionContext NewContext()
    {
        var context = new ExecutionContext(_source, _variables, _queryContext, _options, _defaultGraph, _namedGraphs);
        _holder.Context = context;
        return context;
    }

    private QueryResult Run() => _query switch
    {
        SelectQuery select => Select(select),
        AskQuery => new BooleanResult(Solutions().Any()),
        ConstructQuery construct => new GraphResult(Construct(construct.Template), _query.Prologue.Prefixes),
        DescribeQuery describe => new GraphResult(Describe(describe), _query.Prologue.Prefixes),
        _ => throw new SparqlEvaluationException($"Unsupported query form {_query.GetType().Name}."),
    };

    /// <summary>The raw solution rows (slot arrays) of the query pattern.</summary>
    public IEnumerable<Term?[]> Solutions()
    {
        _context.Query.CheckContinue();
        return _plan.Execute(_context.NewRow(), _context, _defaultGraph);
    }

    public string Explain()
    {
        var sb = new StringBuilder();
        _plan.Explain(sb, _variables, 0);
        foreach (var (label, plan) in _compiler.ExistsPlans)
        {
            sb.AppendLine().Append("; ").AppendLine(label);
            plan.Explain(sb, _variables, 1);
        }

        return sb.ToString();
    }

    private SolutionSequence Select(SelectQuery select)
    {
        var names = new ResultVariables(select.Variables.Select(v => v.Name));
        var slots = select.Variables.Select(_variables.Slot).ToArray();
        return new SolutionSequence(names, Solutions().Select(row =>
        {
            var values = new Term?[slots.Length];
            for (var i = 0; i < slots.Length; i++)
            {
                values[i] = row[slots[i]];
            }

            return new SolutionRow(names, values);
        }));
    }

    /// <summary>CONSTRUCT: the template per solution, blank nodes fresh per solution, unbound or illegal triples dropped, each triple once.</summary>
    private IEnumerable<Quad> Construct(IReadOnlyList<TriplePattern> template)
    {
        var seen = new HashSet<Triple>();
        var allocator = _context.Query.BlankNodes;
        foreach (var row in Solutions())
        {
            var fresh = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
            foreach (var pattern in template)
            {
                var s = Instantiate(pattern.Subject, row, fresh, allocator);
                var p = Instantiate(pattern.Predicate, row, fresh, allocator);
                var o = Instantiate(pattern.Object, row, fresh, allocator);
                if (s is null or Literal || p is not Iri predicate || o is null)
                {
                    continue;
                }

                var triple = new Triple(s, predicate, o);
                if (seen.Add(triple))
                {
                    yield return new Quad(s, predicate, o);
                }
            }
        }
    }

    private Term? Instantiate(PatternNode node, Term?[] row, Dictionary<string, BlankNode> fresh, BlankNodeAllocator allocator)
    {
        switch (node)
        {
            case Variable { IsBlankNodeVariable: true } bv:
                return FreshNode(bv.Name);
            case Variable v:
                return _variables.TryGetSlot(v, out var slot) ? row[slot] : null;
            case TermNode { Term: BlankNode b }:
                return FreshNode(b.Label);
            case TermNode t:
                return t.Term;
            default:
                return null;
        }

        BlankNode FreshNode(string label)
        {
            if (!fresh.TryGetValue(label, out var node))
            {
                node = allocator.Next();
                fresh.Add(label, node);
            }

            return node;
        }
    }

    /// <summary>DESCRIBE: the concise bounded description (outgoing triples, following blank-node objects) of each resource.</summary>
    private IEnumerable<Quad> Describe(DescribeQuery describe)
    {
        var resources = new List<Term>();
        var seenResources = new HashSet<Term>();
        void AddResource(Term? t)
        {
            if (t is not null and not Literal && seenResources.Add(t))
            {
                resources.Add(t);
            }
        }

        var needSolutions = describe.DescribeAll || describe.Targets.Any(t => t is Variable);
        if (needSolutions)
        {
            foreach (var row in Solutions())
            {
                if (describe.DescribeAll)
                {
                    foreach (var t in row)
                    {
                        AddResource(t);
                    }
                }

                foreach (var target in describe.Targets)
                {
                    if (target is Variable v && _variables.TryGetSlot(v, out var slot))
                    {
                        AddResource(row[slot]);
                    }
                }
            }
        }

        foreach (var target in describe.Targets)
        {
            if (target is TermNode t)
            {
                AddResource(t.Term);
            }
        }

        var emitted = new HashSet<Triple>();
        foreach (var resource in resources)
        {
            var visited = new HashSet<Term> { resource };
            var queue = new Queue<Term>();
            queue.Enqueue(resource);
            while (queue.Count > 0)
            {
                var subject = queue.Dequeue();
                foreach (var quad in BgpNode.MatchOne(_context, _defaultGraph, subject, null, null))
                {
                    if (emitted.Add(quad.Triple))
                    {
                        yield return new Quad(quad.Subject, quad.Predicate, quad.Obj);
                    }

                    if (quad.Obj is BlankNode && visited.Add(quad.Obj))
                    {
                        queue.Enqueue(quad.Obj);
                    }
                }
            }
        }
    }

    private static (ActiveGraph Default, IReadOnlyList<Term>? Named) ResolveDataset(Dataset queryDataset, QueryDataset? protocol)
    {
        if (protocol is { IsUnspecified: false })
        {
            return (
                protocol.DefaultGraphs is { } d ? ActiveGraph.Merge(d) : protocol.UnionDefaultGraph ? ActiveGraph.UnionOfAll : ActiveGraph.SourceDefault,
                protocol.NamedGraphs);
        }

        if (queryDataset.IsSpecified)
        {
            return (ActiveGraph.Merge([.. queryDataset.DefaultGraphs]), [.. queryDataset.NamedGraphs]);
        }

        return (protocol?.UnionDefaultGraph == true ? ActiveGraph.UnionOfAll : ActiveGraph.SourceDefault, null);
    }
}
