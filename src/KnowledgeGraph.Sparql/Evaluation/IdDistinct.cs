using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// SELECT DISTINCT of variables a BGP binds, run on the BGP's id solutions: the duplicate check hashes ids instead of
/// terms, and a term is decoded only for a row that is output. Made by <see cref="For"/> only for
/// DISTINCT(project(BGP)) with every projected variable bound by the BGP; distinct ids are distinct terms (a source
/// gives each term one id), so the rows and their order are those of the term-level DISTINCT.
/// </summary>
internal sealed class IdDistinct
{
    private readonly ProjectNode _project;
    private readonly BgpNode _bgp;
    private readonly int[] _locals;

    private IdDistinct(ProjectNode project, BgpNode bgp, int[] locals)
    {
        _project = project;
        _bgp = bgp;
        _locals = locals;
    }

    public static IdDistinct? For(PlanNode input)
    {
        if (input is not ProjectNode { Input: BgpNode bgp } project || bgp.Patterns.Count == 0)
        {
            return null;
        }

        var locals = project.Slots.Select(bgp.LocalOf).ToArray();
        return locals.Any(l => l < 0) ? null : new IdDistinct(project, bgp, locals);
    }

    /// <summary>The distinct rows, or null when this run cannot use ids.</summary>
    public IEnumerable<Term?[]>? Run(Term?[] seed, ExecutionContext context, ActiveGraph graph)
    {
        // As ProjectNode does: only the projected variables of the seed reach the pattern.
        var inner = context.NewRow();
        foreach (var s in _project.Slots)
        {
            inner[s] = seed[s];
        }

        return _bgp.TryRunIds(inner, context, graph, out var ids) is { } solutions && ids is not null
            ? Distinct(solutions, ids, seed, context)
            : null;
    }

    private IEnumerable<Term?[]> Distinct(IEnumerable<ArraySegment<long>> solutions, Data.IQuadIdSource ids, Term?[] seed, ExecutionContext context)
    {
        var seen = new HashSet<long[]>(IdKeyComparer.Instance);
        var scratch = new long[_locals.Length];
        foreach (var solution in solutions)
        {
            for (var i = 0; i < _locals.Length; i++)
            {
                scratch[i] = solution[_locals[i]];
            }

            if (!seen.Add(scratch))
            {
                continue;
            }

            context.CheckLimit(seen.Count, "DISTINCT");
            var key = scratch;
            scratch = new long[_locals.Length];
            var projected = context.NewRow();
            for (var i = 0; i < _locals.Length; i++)
            {
                projected[_project.Slots[i]] = ids.Decode(key[i]);
            }

            yield return Rows.IsEmpty(seed) ? projected : Rows.Merge(projected, seed);
        }
    }
}
