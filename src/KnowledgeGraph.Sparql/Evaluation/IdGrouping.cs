using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// GROUP BY plain variables with COUNT aggregates directly over a BGP, run on the source's ids: groups are keyed by
/// ids, counted variables are never decoded (q8 counts 46,000 claims it never outputs), and only each group's key
/// terms are decoded once. Made by <see cref="For"/> only when every key is a variable of the BGP and every aggregate
/// is COUNT(*) or COUNT([DISTINCT] ?v) of a BGP variable (always bound in a BGP solution, so COUNT(?v) counts rows
/// and COUNT(DISTINCT ?v) distinct ids, which are distinct terms: a source gives each term one id).
/// </summary>
internal sealed class IdGrouping
{
    private readonly BgpNode _input;

    /// <summary>The BGP local index of each group key.</summary>
    private readonly int[] _keyLocals;

    /// <summary>Per aggregate: the BGP local index whose distinct ids it counts, or -1 to count rows.</summary>
    private readonly int[] _distinctLocals;

    private readonly bool _anyDistinct;

    private IdGrouping(BgpNode input, int[] keyLocals, int[] distinctLocals)
    {
        _input = input;
        _keyLocals = keyLocals;
        _distinctLocals = distinctLocals;
        _anyDistinct = distinctLocals.Any(l => l >= 0);
    }

    public static IdGrouping? For(PlanNode input, IReadOnlyList<GroupKey> keys, IReadOnlyList<AggregateExpression> aggregates, VariableTable variables)
    {
        if (input is not BgpNode bgp || bgp.Patterns.Count == 0)
        {
            return null;
        }

        var keyLocals = new int[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            if (!keys[i].IsPlainVariable || (keyLocals[i] = bgp.LocalOf(variables.Slot(keys[i].Variable))) < 0)
            {
                return null;
            }
        }

        var distinctLocals = new int[aggregates.Count];
        for (var i = 0; i < aggregates.Count; i++)
        {
            var a = aggregates[i];
            if (a.Function != AggregateFunction.Count)
            {
                return null;
            }

            if (a.Argument is null)
            {
                // COUNT(DISTINCT *) would need whole rows (the seed's bindings too).
                if (a.Distinct)
                {
                    return null;
                }

                distinctLocals[i] = -1;
                continue;
            }

            if (a.Argument is not VariableExpression v || bgp.LocalOf(variables.Slot(v.Variable)) is var local && local < 0)
            {
                return null;
            }

            distinctLocals[i] = a.Distinct ? local : -1;
        }

        return new IdGrouping(bgp, keyLocals, distinctLocals);
    }

    /// <summary>The groups as (key terms, counts) in first-seen order, or null when this run cannot use ids.</summary>
    public List<(Term?[] Key, long[] Counts)>? Run(Term?[] seed, ExecutionContext context, ActiveGraph graph)
    {
        if (_input.TryRunIds(seed, context, graph, out var ids) is not { } solutions || ids is null)
        {
            return null;
        }

        var groups = new Dictionary<long[], int>(IdKeyComparer.Instance);
        var counts = new List<long[]>();
        var seen = new List<HashSet<long>?[]>();
        var keys = new List<long[]>();
        var scratch = new long[_keyLocals.Length];
        foreach (var solution in solutions)
        {
            context.Tick();
            for (var i = 0; i < _keyLocals.Length; i++)
            {
                scratch[i] = solution[_keyLocals[i]];
            }

            if (!groups.TryGetValue(scratch, out var index))
            {
                var key = (long[])scratch.Clone();
                index = keys.Count;
                groups.Add(key, index);
                keys.Add(key);
                counts.Add(new long[_distinctLocals.Length]);
                seen.Add(_anyDistinct ? new HashSet<long>?[_distinctLocals.Length] : []);
                context.CheckLimit(groups.Count, "GROUP BY");
            }

            var groupCounts = counts[index];
            for (var i = 0; i < _distinctLocals.Length; i++)
            {
                var local = _distinctLocals[i];
                if (local < 0 || (seen[index][i] ??= []).Add(solution[local]))
                {
                    groupCounts[i]++;
                }
            }
        }

        var result = new List<(Term?[] Key, long[] Counts)>(keys.Count);
        for (var g = 0; g < keys.Count; g++)
        {
            var terms = new Term?[_keyLocals.Length];
            for (var i = 0; i < terms.Length; i++)
            {
                terms[i] = ids.Decode(keys[g][i]);
            }

            result.Add((terms, counts[g]));
        }

        return result;
    }
}
