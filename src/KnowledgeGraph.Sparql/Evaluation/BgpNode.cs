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
    {
        Patterns = patterns;
        _ids = new BgpIdLoop(patterns);
    }

    public IReadOnlyList<(PatternSlot S, PatternSlot P, PatternSlot O)> Patterns { get; }

    public override bool AcceptsSeed => true;

    public override string Label(VariableTable variables) =>
        "bgp " + (_ids.FirstPatternRange is { } range ? $"[range scan of the first pattern: {range}] " : "")
        + string.Join(" ", Patterns.Select(t => $"({t.S.Describe(variables)} {t.P.Describe(variables)} {t.O.Describe(variables)})"));

    /// <summary>Reads the first pattern as a range scan of its object when the source can (<see cref="RangeScanPlanning"/>).</summary>
    internal void ScanFirstPatternByRange(Data.ObjectRange range) => _ids.FirstPatternRange = range;

    /// <summary>
    /// The nested loops as one iterator with an explicit stack of per-pattern enumerators: a solution is handed
    /// straight to the consumer instead of through one nested iterator per pattern, and no iterator is allocated
    /// per row and level.
    /// </summary>
    protected override IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph) =>
        Patterns.Count > 0 && context.Source.Ids is { } ids && graph.Graphs.Count == 1 && !graph.Deduplicate
            ? _ids.Run(seed, context, ids, graph.Graphs[0])
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
            ? _ids.RunIds(seed, context, ids, graph.Graphs[0])
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

        var matches = new IEnumerator<Quad>?[count];
        var inputs = new Term?[]?[count];
        inputs[0] = seed;
        matches[0] = Open(0, seed, context, graph);
        var level = 0;
        try
        {
            while (level >= 0)
            {
                var current = matches[level]!;
                if (!current.MoveNext())
                {
                    current.Dispose();
                    matches[level] = null;
                    level--;
                    continue;
                }

                context.Tick();
                var (sp, pp, op) = Patterns[level];
                var next = Bind(inputs[level]!, sp, pp, op, current.Current);
                if (next is null)
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
                matches[level] = Open(level, next, context, graph);
            }
        }
        finally
        {
            foreach (var m in matches)
            {
                m?.Dispose();
            }
        }
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
