using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// A basic graph pattern evaluated as an index nested-loop join: each triple pattern is matched with the
/// variables bound so far substituted (bind join), in the order the optimizer chose.
/// </summary>
public sealed class BgpNode : PlanNode
{
    public BgpNode(IReadOnlyList<(PatternSlot S, PatternSlot P, PatternSlot O)> patterns)
    {
        Patterns = patterns;
    }

    public IReadOnlyList<(PatternSlot S, PatternSlot P, PatternSlot O)> Patterns { get; }

    public override bool AcceptsSeed => true;

    public override string Label(VariableTable variables) =>
        "bgp " + string.Join(" ", Patterns.Select(t => $"({t.S.Describe(variables)} {t.P.Describe(variables)} {t.O.Describe(variables)})"));

    protected override IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph) =>
        Match(0, seed, context, graph);

    private IEnumerable<Term?[]> Match(int index, Term?[] row, ExecutionContext context, ActiveGraph graph)
    {
        if (index == Patterns.Count)
        {
            yield return row;
            yield break;
        }

        var (sp, pp, op) = Patterns[index];
        foreach (var quad in MatchOne(context, graph, sp.Resolve(row), pp.Resolve(row), op.Resolve(row)))
        {
            context.Tick();
            var next = Bind(row, sp, pp, op, quad);
            if (next is null)
            {
                continue;
            }

            foreach (var result in Match(index + 1, next, context, graph))
            {
                yield return result;
            }
        }
    }

    /// <summary>Quads matching one pattern in the active graph; a triple found in several merged graphs counts once.</summary>
    internal static IEnumerable<Quad> MatchOne(ExecutionContext context, ActiveGraph graph, Term? s, Term? p, Term? o)
    {
        if (p is not null and not Iri)
        {
            yield break;
        }

        if (s is Literal)
        {
            yield break;
        }

        var predicate = (Iri?)p;
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
