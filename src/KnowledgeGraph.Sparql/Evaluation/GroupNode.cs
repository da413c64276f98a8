using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>GROUP BY with aggregates: groups by the key values (an erroring key is unbound) and emits one row per group.</summary>
public sealed class GroupNode : PlanNode
{
    private readonly (int Slot, CompiledExpression Expression)[] _keys;
    private readonly (int Slot, AggregateExpression Aggregate, CompiledExpression? Argument)[] _aggregates;

    public GroupNode(PlanNode input, (int Slot, CompiledExpression Expression)[] keys,
        (int Slot, AggregateExpression Aggregate, CompiledExpression? Argument)[] aggregates, string text)
        : base(input)
    {
        Input = input;
        _keys = keys;
        _aggregates = aggregates;
        Text = text;
    }

    public PlanNode Input { get; }

    public string Text { get; }

    /// <summary>Set when the input is a BGP this grouping can run on ids (see <see cref="IdGrouping"/>).</summary>
    internal IdGrouping? OnIds { get; init; }

    public override string Label(VariableTable variables) => "group " + (OnIds is null ? string.Empty : "on ids ") + Text;

    protected override IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph)
    {
        if (OnIds?.Run(seed, context, graph) is { } idGroups)
        {
            return Emit(idGroups, context);
        }

        return RunTerms(seed, context, graph);
    }

    private IEnumerable<Term?[]> Emit(List<(Term?[] Key, long[] Counts)> groups, ExecutionContext context)
    {
        if (_keys.Length == 0 && groups.Count == 0)
        {
            groups.Add(([], new long[_aggregates.Length]));
        }

        foreach (var (key, counts) in groups)
        {
            var output = context.NewRow();
            for (var i = 0; i < _keys.Length; i++)
            {
                output[_keys[i].Slot] = key[i];
            }

            for (var i = 0; i < _aggregates.Length; i++)
            {
                output[_aggregates[i].Slot] = Expressions.Literals.Integer(counts[i]);
            }

            yield return output;
        }
    }

    private IEnumerable<Term?[]> RunTerms(Term?[] seed, ExecutionContext context, ActiveGraph graph)
    {
        var groups = new Dictionary<Term?[], (Accumulator[] Accumulators, HashSet<Term?[]>? DistinctRows)>(RowComparer.Instance);
        var order = new List<Term?[]>();
        // One scratch key reused for every row; it is copied only when it starts a new group.
        var scratch = new Term?[_keys.Length];
        foreach (var row in Input.Execute(seed, context, graph))
        {
            context.Tick();
            for (var i = 0; i < _keys.Length; i++)
            {
                scratch[i] = _keys[i].Expression(row, graph);
            }

            if (!groups.TryGetValue(scratch, out var state))
            {
                var key = (Term?[])scratch.Clone();
                state = (NewAccumulators(), null);
                groups.Add(key, state);
                order.Add(key);
                context.CheckLimit(groups.Count, "GROUP BY");
            }

            var distinctRows = state.DistinctRows;
            Accumulate(state.Accumulators, row, graph, ref distinctRows);
            if (!ReferenceEquals(distinctRows, state.DistinctRows))
            {
                // Only COUNT(DISTINCT *) creates this set, once per group: the entry is written back then.
                groups[scratch] = (state.Accumulators, distinctRows);
            }
        }

        if (_keys.Length == 0 && groups.Count == 0)
        {
            var empty = Array.Empty<Term?>();
            groups.Add(empty, (NewAccumulators(), null));
            order.Add(empty);
        }

        foreach (var key in order)
        {
            var accumulators = groups[key].Accumulators;
            var output = context.NewRow();
            for (var i = 0; i < _keys.Length; i++)
            {
                output[_keys[i].Slot] = key[i];
            }

            for (var i = 0; i < _aggregates.Length; i++)
            {
                output[_aggregates[i].Slot] = accumulators[i].Result();
            }

            yield return output;
        }
    }

    private Accumulator[] NewAccumulators()
    {
        var result = new Accumulator[_aggregates.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var a = _aggregates[i].Aggregate;
            result[i] = Accumulator.Create(a.Function, a.Distinct && a.Argument is not null, a.Separator);
        }

        return result;
    }

    private void Accumulate(Accumulator[] accumulators, Term?[] row, ActiveGraph graph, ref HashSet<Term?[]>? distinctRows)
    {
        bool? newDistinctRow = null;
        for (var i = 0; i < _aggregates.Length; i++)
        {
            var (_, aggregate, argument) = _aggregates[i];
            if (argument is not null)
            {
                accumulators[i].Add(argument(row, graph));
                continue;
            }

            // COUNT(*) counts rows; COUNT(DISTINCT *) distinct rows.
            if (aggregate.Distinct)
            {
                distinctRows ??= new HashSet<Term?[]>(RowComparer.Instance);
                newDistinctRow ??= distinctRows.Add(row);
                if (newDistinctRow == false)
                {
                    continue;
                }
            }

            accumulators[i].Add(Expressions.Literals.True);
        }
    }
}
