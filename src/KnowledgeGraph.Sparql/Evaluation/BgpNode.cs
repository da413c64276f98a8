using System.Collections;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// A basic graph pattern evaluated as an index nested-loop join: each triple pattern is matched with the
/// variables bound so far substituted (bind join), in the order the optimizer chose.
/// </summary>
public sealed class BgpNode : PlanNode
{
    private readonly BgpIdLoop _ids;

    public BgpNode(IReadOnlyList<(PatternSlot S, PatternSlot P, PatternSlot O)> patterns)
        : this(patterns, [])
    {
    }

    private BgpNode(IReadOnlyList<(PatternSlot S, PatternSlot P, PatternSlot O)> patterns, IReadOnlyList<BgpFilter> filters,
        IReadOnlyList<PathNode?>? paths = null)
    {
        Patterns = patterns;
        Filters = filters;
        Paths = paths;
        _ids = new BgpIdLoop(patterns, filters, paths?.Select(p => p?.Path).ToArray());
    }

    /// <summary>The levels of the loops: triple patterns, or at a level of <see cref="Paths"/>, a path's ends (P unused).</summary>
    public IReadOnlyList<(PatternSlot S, PatternSlot P, PatternSlot O)> Patterns { get; }

    /// <summary>The FILTERs fused into this BGP, each evaluated inside the loops at its level.</summary>
    internal IReadOnlyList<BgpFilter> Filters { get; }

    /// <summary>Per level, the property path joined in at that level (see <see cref="JoinedWith"/>), or null for a triple pattern; null when none.</summary>
    internal IReadOnlyList<PathNode?>? Paths { get; }

    /// <summary>
    /// This BGP followed by <paramref name="right"/> (a BGP, or a property path whose one end is a constant or bound by
    /// this BGP, of a kind that runs on ids) as one operator: the bind join of the two is the nested loops over this
    /// BGP's patterns then the right side's, so joining them keeps the solutions as ids between the two (q5: events
    /// per country over a partOf+ path, grouped on ids). Null when <paramref name="right"/> cannot be joined in.
    /// </summary>
    internal BgpNode? JoinedWith(PlanNode right)
    {
        if (Patterns.Count == 0)
        {
            return null;
        }

        var paths = new List<PathNode?>(Paths ?? new PathNode?[Patterns.Count]);
        switch (right)
        {
            case BgpNode { Patterns.Count: > 0 } bgp:
                paths.AddRange(bgp.Paths ?? new PathNode?[bgp.Patterns.Count]);
                return Joined([.. Patterns, .. bgp.Patterns], [.. Filters, .. bgp.Filters.Select(f => f with { Level = f.Level + Patterns.Count })], paths, bgp);
            case PathNode path when IdPathEvaluator.Supports(path.Path) && path.Subject.Constant is not Literal && path.Object.Constant is not Literal
                && (Binds(path.Subject) || Binds(path.Object)):
                paths.Add(path);
                return Joined([.. Patterns, (path.Subject, new PatternSlot(-1, null), path.Object)], Filters, paths, path);
            default:
                return null;
        }

        bool Binds(PatternSlot end) => !end.IsVariable || Certain.Contains(end.Slot);
    }

    private BgpNode Joined(IReadOnlyList<(PatternSlot S, PatternSlot P, PatternSlot O)> patterns, IReadOnlyList<BgpFilter> filters,
        IReadOnlyList<PathNode?> paths, PlanNode right)
    {
        var certain = Certain.Concat(right.Certain).ToHashSet();
        return WithRangeOf(this, new BgpNode(patterns, filters, paths.Any(p => p is not null) ? paths : null)
        {
            Certain = certain,
            Maybe = certain,
        });
    }

    public override bool AcceptsSeed => true;

    /// <summary>
    /// This BGP with FILTER <paramref name="condition"/> fused in, or null when some variable of the condition is not
    /// bound by the BGP (the filter then stays above it). <paramref name="last"/>: after the last pattern instead of the first
    /// that binds its variables.
    /// </summary>
    internal BgpNode? WithFilter(Func<Term?[], ActiveGraph, bool?> condition, string text, IReadOnlyCollection<int> slots, bool last = false)
    {
        var level = BgpFilter.LevelOf(Patterns, slots);
        level = last && level >= 0 ? Patterns.Count - 1 : level;
        return level < 0 ? null : WithRangeOf(this, new BgpNode(Patterns, [.. Filters, new BgpFilter(level, [.. slots], condition, text)], Paths)
        {
            Certain = Certain,
            Maybe = Maybe,
        });
    }

    /// <summary>Reads the first pattern as a range scan of its object when the source can (<see cref="RangeScanPlanning"/>).</summary>
    internal void ScanFirstPatternByRange(Data.ObjectRange range) => _ids.FirstPatternRange = range;

    /// <summary>Whether the first pattern is read as a range scan (<see cref="ScanFirstPatternByRange"/>).</summary>
    internal bool ScansFirstPatternByRange => _ids.FirstPatternRange is not null;

    /// <summary>A BGP made from <paramref name="from"/> (a filter or a join added after its patterns) keeps its first pattern's range scan.</summary>
    private static BgpNode WithRangeOf(BgpNode from, BgpNode made)
    {
        made._ids.FirstPatternRange = from._ids.FirstPatternRange;
        return made;
    }

    /// <summary>The patterns in order, then each fused filter with the number of the pattern it runs after (1 = the first).</summary>
    public override string Label(VariableTable variables)
    {
        var parts = new List<string>();
        for (var i = 0; i < Patterns.Count; i++)
        {
            var t = Patterns[i];
            parts.Add(Paths?[i] is { } path
                ? $"(path {t.S.Describe(variables)} {Algebra.SsePrinter.Print(path.Path)} {t.O.Describe(variables)})"
                : $"({t.S.Describe(variables)} {t.P.Describe(variables)} {t.O.Describe(variables)})");
        }

        parts.AddRange(Filters.Select(f => $"(filter after {f.Level + 1} {f.Text})"));
        return "bgp " + (_ids.FirstPatternRange is { } range ? $"[range scan of the first pattern: {range}] " : "") + string.Join(" ", parts);
    }

    /// <summary>
    /// The nested loops as one iterator with an explicit stack of per-pattern enumerators: a solution is handed
    /// straight to the consumer instead of through one nested iterator per pattern, and no iterator is allocated
    /// per row and level.
    /// </summary>
    protected override IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph) =>
        Patterns.Count > 0 && context.Source.Ids is { } ids && graph.Graphs.Count == 1 && !graph.Deduplicate
            ? _ids.Run(seed, context, ids, graph.Graphs[0], graph)
            : RunTerms(seed, context, graph);

    /// <summary>The BGP's position of query slot <paramref name="slot"/> in an id solution of <see cref="TryRunIds"/>, or -1.</summary>
    internal int LocalOf(int slot) => _ids.LocalOf(slot);

    /// <summary>
    /// The solutions as ids when this run can use them (the source has ids, one graph, no merge), else null; the
    /// caller decodes what it outputs. Rows produced this way are not counted in Explain's actual rows.
    /// </summary>
    internal IEnumerable<ArraySegment<long>>? TryRunIds(Term?[] seed, ExecutionContext context, ActiveGraph graph, out IQuadIdSource? ids)
    {
        ids = context.Source.Ids;
        return Patterns.Count > 0 && ids is not null && graph.Graphs.Count == 1 && !graph.Deduplicate
            ? _ids.RunIds(seed, context, ids, graph.Graphs[0], graph)
            : null;
    }

    /// <summary>The term-level loops, for sources without ids and for merged graphs that need deduplication.</summary>
    private IEnumerable<Term?[]> RunTerms(Term?[] seed, ExecutionContext context, ActiveGraph graph)
    {
        var count = Patterns.Count;
        if (count == 0)
        {
            yield return seed;
            yield break;
        }

        // A level is a triple pattern's quads, or at a path level the path node's rows (the input row extended).
        var matches = new IEnumerator<Quad>?[count];
        var pathRows = new IEnumerator<Term?[]>?[count];
        var inputs = new Term?[]?[count];
        inputs[0] = seed;
        Open(0, seed);
        var level = 0;
        try
        {
            while (level >= 0)
            {
                var current = (IEnumerator)(Paths?[level] is null ? matches[level]! : pathRows[level]!);
                if (!current.MoveNext())
                {
                    ((IDisposable)current).Dispose();
                    matches[level] = null;
                    pathRows[level] = null;
                    level--;
                    continue;
                }

                context.Tick();
                var (sp, pp, op) = Patterns[level];
                var next = Paths?[level] is null ? Bind(inputs[level]!, sp, pp, op, matches[level]!.Current) : pathRows[level]!.Current;
                if (next is null || !Passes(level, next, graph))
                {
                    continue;
                }

                if (level == count - 1)
                {
                    yield return next;
                    continue;
                }

                level++;
                inputs[level] = next;
                Open(level, next);
            }
        }
        finally
        {
            foreach (var m in matches)
            {
                m?.Dispose();
            }

            foreach (var m in pathRows)
            {
                m?.Dispose();
            }
        }

        void Open(int at, Term?[] row)
        {
            if (Paths?[at] is { } path)
            {
                pathRows[at] = path.Execute(row, context, graph).GetEnumerator();
            }
            else
            {
                matches[at] = this.Open(at, row, context, graph);
            }
        }
    }

    /// <summary>Whether the fused filters placed at <paramref name="level"/> hold for the row (errors are false).</summary>
    private bool Passes(int level, Term?[] row, ActiveGraph graph)
    {
        foreach (var filter in Filters)
        {
            if (filter.Level == level && filter.Condition(row, graph) != true)
            {
                return false;
            }
        }

        return true;
    }

    private IEnumerator<Quad> Open(int index, Term?[] row, ExecutionContext context, ActiveGraph graph)
    {
        var (sp, pp, op) = Patterns[index];
        return MatchOne(context, graph, sp.Resolve(row), pp.Resolve(row), op.Resolve(row)).GetEnumerator();
    }

    /// <summary>Quads matching one pattern in the active graph; a triple found in several merged graphs counts once.</summary>
    internal static IEnumerable<Quad> MatchOne(ExecutionContext context, ActiveGraph graph, Term? s, Term? p, Term? o)
    {
        if ((p is not null and not Iri) || s is Literal)
        {
            return [];
        }

        // The common case, one graph: the source's own enumerator, without another iterator layer.
        return graph.Graphs.Count == 1 && !graph.Deduplicate
            ? context.Source.Match(s, (Iri?)p, o, graph.Graphs[0])
            : MatchMany(context, graph, s, (Iri?)p, o);
    }

    private static IEnumerable<Quad> MatchMany(ExecutionContext context, ActiveGraph graph, Term? s, Iri? predicate, Term? o)
    {
        if (!graph.Deduplicate)
        {
            foreach (var g in graph.Graphs)
            {
                foreach (var quad in context.Source.Match(s, predicate, o, g))
                {
                    yield return quad;
                }
            }

            yield break;
        }

        var seen = new HashSet<Triple>();
        foreach (var g in graph.Graphs)
        {
            foreach (var quad in context.Source.Match(s, predicate, o, g))
            {
                if (seen.Add(quad.Triple))
                {
                    yield return quad;
                }
            }
        }
    }

    private static Term?[]? Bind(Term?[] row, PatternSlot s, PatternSlot p, PatternSlot o, in Quad quad)
    {
        Term?[]? next = null;
        return TrySet(ref next, row, s, quad.Subject) && TrySet(ref next, row, p, quad.Predicate) && TrySet(ref next, row, o, quad.Obj)
            ? next ?? row
            : null;
    }

    private static bool TrySet(ref Term?[]? next, Term?[] row, PatternSlot position, Term value)
    {
        if (!position.IsVariable)
        {
            return true;
        }

        var current = (next ?? row)[position.Slot];
        if (current is not null)
        {
            return current.Equals(value);
        }

        next ??= (Term?[])row.Clone();
        next[position.Slot] = value;
        return true;
    }
}
