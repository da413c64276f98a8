using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Turns (optimized) algebra into physical plan nodes: slots for variables, compiled expressions, the choice of
/// bind join or hash join, and EXISTS either decorrelated into a once-computed key set (anti/semi-join) or
/// evaluated per row by substitution.
/// </summary>
public sealed class PlanCompiler
{
    private readonly VariableTable _variables;
    private readonly ExecutionContextHolder _context;
    private readonly ExpressionCompiler _expressions;
    private readonly List<(string Label, PlanNode Plan)> _existsPlans = [];
    private IReadOnlySet<int> _outerCertain = new HashSet<int>();
    private IReadOnlySet<int> _outerMaybe = new HashSet<int>();
    private bool _transparent;
    private double _outerRows = double.NaN;
    private long? _keepFirst;

    public PlanCompiler(VariableTable variables, QueryContext query, ExecutionContextHolder context)
    {
        _variables = variables;
        _context = context;
        _expressions = new ExpressionCompiler(variables, query, CompileExists);
    }

    /// <summary>The plans of EXISTS patterns, for Explain.</summary>
    public IReadOnlyList<(string Label, PlanNode Plan)> ExistsPlans => _existsPlans;

    public ExpressionCompiler Expressions => _expressions;

    /// <summary>
    /// When true (the optimizer is on), a FILTER over a BGP binding all its variables, and a join of a BGP with a BGP or
    /// a property path that runs on ids, become one BGP operator (see <see cref="BgpNode.JoinedWith"/>, <see cref="BgpFilter"/>).
    /// </summary>
    public bool FuseIntoBgpLoops { get; init; }

    /// <summary>
    /// With the optimizer on: the statistics and the re-ordering of an EXISTS pattern with the outer row's variables
    /// bound, by which a correlated EXISTS is costed and may run per row (see <see cref="ExistsChoice"/>).
    /// </summary>
    public CorrelatedExistsPlanning? Correlated { get; init; }

    public PlanNode Compile(Operator op)
    {
        // The top-k hint is for the ORDER BY directly under a slice (a projection may sit between them), nothing deeper.
        if (op is not (OrderBy or Algebra.Project or Slice))
        {
            _keepFirst = null;
        }

        switch (op)
        {
            case Bgp bgp:
                {
                    var patterns = bgp.Patterns.Select(t => (Slot(t.Subject), Slot(t.Predicate), Slot(t.Object))).ToList();
                    var vars = SlotsOf(patterns.SelectMany(p => new[] { p.Item1, p.Item2, p.Item3 }));
                    return new BgpNode(patterns) { Certain = vars, Maybe = vars };
                }

            case PathPattern path:
                {
                    var s = Slot(path.Subject);
                    var o = Slot(path.Object);
                    var vars = SlotsOf([s, o]);
                    return new PathNode(s, path.Path, o) { Certain = vars, Maybe = vars };
                }

            case Join join:
                {
                    var left = Compile(join.Left);
                    var right = Compile(join.Right);
                    if (right is ServiceNode service)
                    {
                        return new ServiceJoinNode(left, service, _transparent) { Certain = Union(left.Certain, right.Certain), Maybe = Union(left.Maybe, right.Maybe) };
                    }

                    if (FuseIntoBgpLoops && left is BgpNode bgp && bgp.JoinedWith(right) is { } joined)
                    {
                        return joined;
                    }

                    return new JoinNode(left, right, _transparent)
                    {
                        Certain = Union(left.Certain, right.Certain),
                        Maybe = Union(left.Maybe, right.Maybe),
                    };
                }

            case LeftJoin lj:
                {
                    var left = Compile(lj.Left);
                    var right = Compile(lj.Right);
                    Func<Term?[], ActiveGraph, bool?>? condition = null;
                    if (lj.Condition is not null)
                    {
                        condition = CompileCondition(lj.Condition, Union(left.Certain, right.Certain), Union(left.Maybe, right.Maybe));
                    }

                    return new LeftJoinNode(left, right, condition, lj.Condition is null ? null : SsePrinter.Print(lj.Condition), _transparent)
                    {
                        Certain = left.Certain,
                        Maybe = Union(left.Maybe, right.Maybe),
                    };
                }

            case Filter filter:
                {
                    var input = Compile(filter.Input);
                    var ranged = input is BgpNode { ScansFirstPatternByRange: true };
                    RangeScanPlanning.Apply(filter, input, _variables);
                    var outerRows = _outerRows;
                    _outerRows = Correlated is not null && AlgebraVariables.ContainsExists(filter.Condition) ? Estimator.Annotate(input, Correlated.Source) : double.NaN;
                    var condition = CompileCondition(filter.Condition, input.Certain, input.Maybe);
                    _outerRows = outerRows;
                    var rangeFilter = !ranged && input is BgpNode { ScansFirstPatternByRange: true };
                    if (FuseIntoBgpLoops && FuseIntoBgp(filter.Condition, condition, input, rangeFilter) is { } fused)
                    {
                        return fused;
                    }

                    var safe = _transparent || (!AlgebraVariables.ContainsExists(filter.Condition)
                        && AlgebraVariables.Of(filter.Condition).All(v => input.Certain.Contains(_variables.Slot(v))));
                    return new FilterNode(input, condition, SsePrinter.Print(filter.Condition), safe)
                    {
                        Certain = input.Certain,
                        Maybe = input.Maybe,
                    };
                }

            case Union union:
                {
                    var left = Compile(union.Left);
                    var right = Compile(union.Right);
                    return new UnionNode(left, right)
                    {
                        Certain = left.Certain.Where(right.Certain.Contains).ToHashSet(),
                        Maybe = Union(left.Maybe, right.Maybe),
                    };
                }

            case Minus minus:
                {
                    var left = Compile(minus.Left);
                    var right = Compile(minus.Right);
                    return new MinusNode(left, right, _transparent) { Certain = left.Certain, Maybe = left.Maybe };
                }

            case Graph graph:
                {
                    var input = Compile(graph.Input);
                    var name = Slot(graph.Name);
                    var extra = SlotsOf([name]);
                    return new GraphNode(name, input) { Certain = Union(input.Certain, extra), Maybe = Union(input.Maybe, extra) };
                }

            case Extend extend:
                {
                    var input = Compile(extend.Input);
                    var slot = _variables.Slot(extend.Variable);
                    var expression = CompileExpression(extend.Expression, input.Certain, input.Maybe);
                    var safe = _transparent || (!AlgebraVariables.ContainsExists(extend.Expression)
                        && AlgebraVariables.Of(extend.Expression).All(v => input.Certain.Contains(_variables.Slot(v))));
                    return new ExtendNode(input, slot, expression, SsePrinter.Print(extend.Expression), safe)
                    {
                        Certain = input.Certain,
                        Maybe = Union(input.Maybe, new HashSet<int> { slot }),
                    };
                }

            case Group group:
                return CompileGroup(group);
            case OrderBy order:
                {
                    var keepFirst = _keepFirst;
                    _keepFirst = null;
                    var input = Compile(order.Input);
                    var conditions = order.Conditions
                        .Select(c => (CompileExpression(c.Expression, input.Certain, input.Maybe), c.Descending))
                        .ToArray();
                    var text = string.Join(" ", order.Conditions.Select(c => (c.Descending ? "desc " : string.Empty) + SsePrinter.Print(c.Expression)));
                    return new OrderByNode(input, conditions, text, keepFirst) { Certain = input.Certain, Maybe = input.Maybe };
                }

            case Project project:
                {
                    var input = Compile(project.Input);
                    var slots = project.Variables.Select(_variables.Slot).ToArray();
                    var set = slots.ToHashSet();
                    return new ProjectNode(input, slots)
                    {
                        Certain = input.Certain.Where(set.Contains).ToHashSet(),
                        Maybe = input.Maybe.Where(set.Contains).ToHashSet(),
                    };
                }

            case Distinct distinct:
                {
                    var input = Compile(distinct.Input);
                    return new DistinctNode(input, reduced: false) { Certain = input.Certain, Maybe = input.Maybe, OnIds = IdDistinct.For(input) };
                }

            case Reduced reduced:
                {
                    var input = Compile(reduced.Input);
                    return new DistinctNode(input, reduced: true) { Certain = input.Certain, Maybe = input.Maybe };
                }

            case Slice slice:
                {
                    // LIMIT over ORDER BY (through a projection): the sort needs to keep only OFFSET + LIMIT rows.
                    var inner = slice.Input is Algebra.Project p ? p.Input : slice.Input;
                    _keepFirst = slice.Limit is { } limit && inner is OrderBy && limit <= long.MaxValue - (slice.Offset ?? 0) ? (slice.Offset ?? 0) + limit : null;
                    var input = Compile(slice.Input);
                    return new SliceNode(input, slice.Offset ?? 0, slice.Limit) { Certain = input.Certain, Maybe = input.Maybe };
                }

            case Table table:
                {
                    var slots = table.Variables.Select(_variables.Slot).ToArray();
                    var maybe = new HashSet<int>();
                    var certain = new HashSet<int>(slots);
                    var tableRows = new List<(int Slot, Term? Value)[]>();
                    foreach (var values in table.Rows)
                    {
                        var cells = new (int, Term?)[slots.Length];
                        for (var i = 0; i < slots.Length; i++)
                        {
                            var value = i < values.Count ? values[i] : null;
                            cells[i] = (slots[i], value);
                            if (value is null)
                            {
                                certain.Remove(slots[i]);
                            }
                            else
                            {
                                maybe.Add(slots[i]);
                            }
                        }

                        tableRows.Add(cells);
                    }

                    return new DeferredTableNode(tableRows, _variables) { Certain = certain, Maybe = maybe };
                }

            case Service service:
                return new ServiceNode(service, _variables, _transparent)
                {
                    Certain = new HashSet<int>(),
                    Maybe = AlgebraVariables.Of(service.Input).Select(_variables.Slot).ToHashSet(),
                };
            default:
                throw new SparqlEvaluationException($"Unsupported operator {op.GetType().Name}.");
        }
    }

    /// <summary>
    /// FILTER directly over a BGP that binds every variable of the condition (no EXISTS): the condition moves into the
    /// BGP's loops, evaluated as soon as its variables are bound (see <see cref="BgpFilter"/>); null when it cannot.
    /// </summary>
    /// <remarks>
    /// <paramref name="last"/>: the filter whose range the BGP's first pattern now scans; the scan already keeps only
    /// what can pass, so the filter (deciding only the boundary cases) runs after the last pattern, on the fewest rows.
    /// </remarks>
    private BgpNode? FuseIntoBgp(Expression expression, Func<Term?[], ActiveGraph, bool?> condition, PlanNode input, bool last)
    {
        if (input is not BgpNode { Patterns.Count: > 0 } bgp || AlgebraVariables.ContainsExists(expression))
        {
            return null;
        }

        var slots = AlgebraVariables.Of(expression).Select(_variables.Slot).Order().ToArray();
        return slots.All(bgp.Certain.Contains) ? bgp.WithFilter(condition, SsePrinter.Print(expression), slots, last) : null;
    }

    private PlanNode CompileGroup(Group group)
    {
        var input = Compile(group.Input);
        var keys = group.Keys
            .Select(k => (_variables.Slot(k.Variable), CompileExpression(k.Expression, input.Certain, input.Maybe)))
            .ToArray();
        var aggregates = group.Aggregates
            .Select(a => (_variables.Slot(a.Variable), a.Aggregate,
                a.Aggregate.Argument is null ? null : CompileExpression(a.Aggregate.Argument, input.Certain, input.Maybe)))
            .ToArray();
        var certain = new HashSet<int>();
        foreach (var k in group.Keys)
        {
            if (k.IsPlainVariable && input.Certain.Contains(_variables.Slot(k.Variable)))
            {
                certain.Add(_variables.Slot(k.Variable));
            }
        }

        foreach (var a in group.Aggregates)
        {
            if (a.Aggregate.Function == AggregateFunction.Count)
            {
                certain.Add(_variables.Slot(a.Variable));
            }
        }

        var maybe = keys.Select(k => k.Item1).Concat(aggregates.Select(a => a.Item1)).ToHashSet();
        var text = "(" + string.Join(" ", group.Keys.Select(k => k.Variable.ToString())) + ") ("
            + string.Join(" ", group.Aggregates.Select(a => $"({a.Variable} {SsePrinter.Print(a.Aggregate)})")) + ")";
        return new GroupNode(input, keys, aggregates, text)
        {
            Certain = certain,
            Maybe = maybe,
            OnIds = IdGrouping.For(input, group.Keys, group.Aggregates.Select(a => a.Aggregate).ToList(), _variables),
        };
    }

    public CompiledExpression CompileExpression(Expression expression, IReadOnlySet<int> certain, IReadOnlySet<int> maybe)
    {
        var (c, m) = (_outerCertain, _outerMaybe);
        (_outerCertain, _outerMaybe) = (certain, maybe);
        try
        {
            return _expressions.Compile(expression);
        }
        finally
        {
            (_outerCertain, _outerMaybe) = (c, m);
        }
    }

    public Func<Term?[], ActiveGraph, bool?> CompileCondition(Expression expression, IReadOnlySet<int> certain, IReadOnlySet<int> maybe)
    {
        var (c, m) = (_outerCertain, _outerMaybe);
        (_outerCertain, _outerMaybe) = (certain, maybe);
        try
        {
            return _expressions.CompileCondition(expression);
        }
        finally
        {
            (_outerCertain, _outerMaybe) = (c, m);
        }
    }

    /// <summary>
    /// EXISTS { P }. When every variable P shares with the enclosing row is bound in every enclosing row and in
    /// every solution of P, substitution is the same as matching P's solutions on those variables: P is then
    /// evaluated once per active graph into a set of keys (semi-join / anti-join). Otherwise P is evaluated per
    /// row with the row as a substitution.
    /// </summary>
    private Func<Term?[], ActiveGraph, bool?> CompileExists(ExistsExpression exists)
    {
        var outerCertain = _outerCertain;
        var outerMaybe = _outerMaybe;
        var patternVariables = AlgebraVariables.Of(exists.Pattern).Select(_variables.Slot).ToHashSet();
        var shared = patternVariables.Where(outerMaybe.Contains).Order().ToArray();

        var wasTransparent = _transparent;
        var outerRows = _outerRows;
        if (!wasTransparent && shared.All(outerCertain.Contains))
        {
            var plain = Compile(exists.Pattern);
            if (shared.All(plain.Certain.Contains))
            {
                var sharedText = string.Join(" ", shared.Select(s => _variables.Variables[s].ToString()));
                var decorrelated = Decorrelated(plain, shared);
                if (Correlated is { } planning)
                {
                    var innerRows = Estimator.Annotate(plain, planning.Source);
                    if (!ExistsChoice.DecorrelateNow(outerRows, innerRows))
                    {
                        var perRow = CompileTransparent(planning.Order(exists.Pattern, shared.Select(s => _variables.Variables[s]).ToHashSet()));
                        var adaptive = new AdaptiveExists(perRow, plain, decorrelated, ExistsChoice.SwitchAfter(innerRows), sharedText, _context)
                        {
                            Certain = plain.Certain,
                            Maybe = plain.Maybe,
                        };
                        _existsPlans.Add(("exists (adaptive)", adaptive));
                        return (row, graph) => adaptive.Test(row, graph);
                    }
                }

                _existsPlans.Add(("exists (decorrelated on " + sharedText + ")", plain));
                return (row, graph) => decorrelated(row, graph);
            }
        }

        var correlatedPattern = Correlated is { } order
            ? order.Order(exists.Pattern, patternVariables.Where(outerCertain.Contains).Select(s => _variables.Variables[s]).ToHashSet())
            : exists.Pattern;
        var correlated = CompileTransparent(correlatedPattern);
        _existsPlans.Add(("exists (per row)", correlated));
        var holder = _context;
        return (row, graph) => correlated.Execute(row, holder.Context, graph).Any();
    }

    /// <summary>Compiles a pattern evaluated per row with the row as a substitution (every operator passes the seed down).</summary>
    private PlanNode CompileTransparent(Operator pattern)
    {
        var wasTransparent = _transparent;
        _transparent = true;
        try
        {
            return Compile(pattern);
        }
        finally
        {
            _transparent = wasTransparent;
        }
    }

    /// <summary>The semi-join test of a decorrelated EXISTS: <paramref name="plain"/> evaluated once per active graph into a key set.</summary>
    private Func<Term?[], ActiveGraph, bool> Decorrelated(PlanNode plain, int[] shared)
    {
        // Keyed by graph name (null: the default graph), since GRAPH ?g makes a new ActiveGraph per graph; kept
        // in the execution context, so each run of a prepared query computes its own keys.
        var context = _context;
        return (row, graph) =>
        {
            var ctx = context.Context;
            if (!ctx.ExistsKeys.TryGetValue(plain, out var cache))
            {
                cache = [];
                ctx.ExistsKeys.Add(plain, cache);
            }

            var graphKey = graph.Name ?? DefaultGraph.Instance;
            if (!cache.TryGetValue(graphKey, out var keys))
            {
                keys = new HashSet<Term?[]>(RowComparer.Instance);
                foreach (var r in plain.Execute(ctx.NewRow(), ctx, graph))
                {
                    keys.Add(Project(r, shared));
                    ctx.CheckLimit(keys.Count, "A decorrelated EXISTS");
                }

                cache.Add(graphKey, keys);
            }

            return keys.Contains(Project(row, shared));
        };
    }

    private static Term?[] Project(Term?[] row, int[] slots)
    {
        var key = new Term?[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            key[i] = row[slots[i]];
        }

        return key;
    }

    private PatternSlot Slot(PatternNode node) => node switch
    {
        Variable v => PatternSlot.OfVariable(_variables.Slot(v)),
        TermNode t => PatternSlot.Of(t.Term),
        _ => throw new SparqlEvaluationException($"Unsupported pattern node {node}."),
    };

    private static HashSet<int> SlotsOf(IEnumerable<PatternSlot> slots) =>
        slots.Where(s => s.IsVariable).Select(s => s.Slot).ToHashSet();

    private static HashSet<int> Union(IReadOnlySet<int> a, IReadOnlySet<int> b)
    {
        var set = new HashSet<int>(a);
        set.UnionWith(b);
        return set;
    }
}
