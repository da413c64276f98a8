using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;

namespace KnowledgeGraph.Sparql.Optimizer;

/// <summary>
/// Algebra-to-algebra rewrites that keep the answers: constant folding, splitting conjunctive filters and
/// pushing each conjunct down to the smallest sub-pattern that always binds its variables (through joins,
/// unions, the left side of OPTIONAL and unrelated BINDs), merging joined BGPs, and ordering each BGP's
/// patterns by the source's cardinality estimates. EXISTS decorrelation is done by <see cref="PlanCompiler"/>.
/// </summary>
public sealed class QueryOptimizer
{
    private readonly IQuadSource _source;
    private readonly ConstantFolding _folding;

    /// <summary>Variables the row a pattern runs under certainly binds (a bind left join's left, a per-row EXISTS' outer row): ordered as bound.</summary>
    private IReadOnlySet<Variable> _bound = new HashSet<Variable>();

    /// <summary>Inside a per-row EXISTS every operator passes its seed down (see <see cref="SeedFlow"/>).</summary>
    private bool _transparent;

    /// <summary>The FILTER ranges of the filter being optimized, for the ordering of the BGPs right below it (<see cref="RangeOrdering"/>).</summary>
    private IReadOnlyDictionary<Variable, ObjectRange>? _ranges;

    public QueryOptimizer(IQuadSource source, string? baseIri)
    {
        _source = source;
        _folding = new ConstantFolding(baseIri);
    }

    /// <summary>
    /// The pattern of an EXISTS evaluated per row (see <see cref="PlanCompiler"/>): optimized with
    /// <paramref name="bound"/> (the correlated variables the outer row binds) taken as bound, so the first pattern
    /// is probed from them instead of scanned.
    /// </summary>
    public Operator OptimizeCorrelated(Operator pattern, IReadOnlySet<Variable> bound)
    {
        var (b, t) = (_bound, _transparent);
        (_bound, _transparent) = (bound, true);
        try
        {
            return Optimize(pattern);
        }
        finally
        {
            (_bound, _transparent) = (b, t);
        }
    }

    public Operator Optimize(Operator op)
    {
        // A FILTER's ranges reach the BGPs below it through joins and BINDs only, not into OPTIONAL, UNION or another FILTER.
        var ranges = _ranges;
        if (op is not (Bgp or Join or Extend))
        {
            _ranges = null;
        }

        try
        {
            return OptimizeCore(op);
        }
        finally
        {
            _ranges = ranges;
        }
    }

    private Operator OptimizeCore(Operator op)
    {
        if (_bound.Count > 0 && !SeedFlow.Accepts(op, _transparent))
        {
            // The operator runs without its row (evaluated once and merged): nothing is bound below it.
            return WithBound(new HashSet<Variable>(), op);
        }

        switch (op)
        {
            case Bgp bgp:
                return OrderBgp(bgp);
            case Join j:
                {
                    if (PathJoinOrdering.TryOrder(j, _source, _bound) is { } ordered)
                    {
                        return ordered;
                    }

                    var left = Optimize(j.Left);
                    var right = Optimize(j.Right);
                    if (left is Bgp a && right is Bgp b)
                    {
                        return OrderBgp(new Bgp(a.Patterns.AddRange(b.Patterns)));
                    }

                    if (left is Table { IsUnit: true })
                    {
                        return right;
                    }

                    if (right is Table { IsUnit: true })
                    {
                        return left;
                    }

                    return new Join(left, right);
                }

            case Filter f:
                {
                    var conjuncts = new List<Expression>();
                    Conjuncts.Split(OptimizeExistsPatterns(_folding.Fold(f.Condition)), conjuncts);
                    var ranges = RangeRestriction.Find(conjuncts);
                    _ranges = ranges;
                    var input = RangeScanPlacement.Place(Optimize(f.Input), conjuncts, ranges, _source);
                    input = OrderForFilters(input, conjuncts);
                    foreach (var c in conjuncts)
                    {
                        if (!ConstantFolding.IsTrue(c))
                        {
                            input = Push(c, input);
                        }
                    }

                    return input;
                }

            case Extend e:
                return new Extend(Optimize(e.Input), e.Variable, _folding.Fold(e.Expression));
            case LeftJoin lj:
                {
                    var left = Optimize(lj.Left);
                    return new LeftJoin(left, WithBound(LeftJoinBinding.RightBound(lj.Right, left, _bound, _transparent), lj.Right),
                        lj.Condition is null ? null : _folding.Fold(lj.Condition));
                }

            case Union u:
                return new Union(Optimize(u.Left), Optimize(u.Right));
            case Minus m:
                // MINUS hashes its right side, evaluated once without the row, except inside a per-row EXISTS.
                return new Minus(Optimize(m.Left), _transparent ? Optimize(m.Right) : WithBound(new HashSet<Variable>(), m.Right));
            case Graph g:
                return new Graph(g.Name, Optimize(g.Input));
            case Group g:
                return g with { Input = Optimize(g.Input) };
            case OrderBy o:
                return o with { Input = Optimize(o.Input) };
            case Project p:
                // A sub-select sees only the projected variables of the row it runs under.
                return p with { Input = WithBound(_bound.Where(p.Variables.Contains).ToHashSet(), p.Input) };
            case Distinct d:
                return new Distinct(Optimize(d.Input));
            case Reduced r:
                return new Reduced(Optimize(r.Input));
            case Slice s:
                return s with { Input = Optimize(s.Input) };
            default:
                return op;
        }
    }

    /// <summary>
    /// The pattern of each EXISTS / NOT EXISTS in a filter gets the same rewrites as any pattern (its BGPs ordered
    /// by the estimates): the plan compiler evaluates it once as a semi-/anti-join or per row, either way a BGP
    /// in the order written can be far slower (q8: the unselective claimedEvent pattern first).
    /// </summary>
    private Expression OptimizeExistsPatterns(Expression condition) =>
        AlgebraVariables.ContainsExists(condition)
            ? ExpressionRewriter.Rewrite(condition, e => e is ExistsExpression exists ? exists with { Pattern = WithBound(new HashSet<Variable>(), exists.Pattern) } : null)
            : condition;

    /// <summary>A BGP under filters is ordered again knowing which patterns complete a filter (see <see cref="BgpOrdering"/>).</summary>
    private Operator OrderForFilters(Operator input, List<Expression> conjuncts)
    {
        if (input is not Bgp bgp || bgp.Patterns.Count < 2)
        {
            return input;
        }

        var variables = AlgebraScope.Certain(bgp);
        var filters = conjuncts
            .Where(c => !AlgebraVariables.ContainsExists(c))
            .Select(c => (IReadOnlySet<Variable>)AlgebraVariables.Of(c))
            .Where(v => v.Count > 0 && v.IsSubsetOf(variables))
            .ToList();
        return filters.Count == 0 ? bgp : BgpOrdering.Order(bgp, _source, _bound, filters);
    }

    /// <summary>
    /// A BGP run under a row binding some of its variables is ordered from them (a lookup beats any range scan);
    /// otherwise by the estimates and the FILTER ranges above it.
    /// </summary>
    private Bgp OrderBgp(Bgp bgp) =>
        _bound.Count > 0 ? BgpOrdering.Order(bgp, _source, _bound) : RangeOrdering.Order(bgp, _source, _ranges);

    private Operator WithBound(IReadOnlySet<Variable> bound, Operator op)
    {
        var saved = _bound;
        _bound = bound;
        try
        {
            return Optimize(op);
        }
        finally
        {
            _bound = saved;
        }
    }

    private static Operator Push(Expression condition, Operator op)
    {
        if (AlgebraVariables.ContainsExists(condition))
        {
            return new Filter(condition, op);
        }

        var vars = AlgebraVariables.Of(condition);
        switch (op)
        {
            case Join j when vars.IsSubsetOf(AlgebraScope.Certain(j.Left)):
                return new Join(Push(condition, j.Left), j.Right);
            case Join j when vars.IsSubsetOf(AlgebraScope.Certain(j.Right)):
                return new Join(j.Left, Push(condition, j.Right));
            case Union u:
                return new Union(Push(condition, u.Left), Push(condition, u.Right));
            case LeftJoin lj when vars.IsSubsetOf(AlgebraScope.Certain(lj.Left)):
                return lj with { Left = Push(condition, lj.Left) };
            case Extend e when !vars.Contains(e.Variable):
                return e with { Input = Push(condition, e.Input) };
            default:
                // Over a BGP the filter stays whole: the plan compiler fuses it into the BGP's loops at the pattern
                // that binds its last variable (BgpFilter), where splitting the BGP would leave the id level between halves.
                return new Filter(condition, op);
        }
    }
}
