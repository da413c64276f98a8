using System.Globalization;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// An EXISTS evaluated per row until <see cref="SwitchAfter"/> outer rows have been probed, then decorrelated (see
/// <see cref="ExistsChoice"/>). It is a plan node only to be shown by Explain, with both plans as children and
/// whether this run switched; the filter calls <see cref="Test"/>.
/// </summary>
public sealed class AdaptiveExists : PlanNode
{
    private readonly ExecutionContextHolder _holder;
    private readonly Func<Term?[], ActiveGraph, bool> _decorrelated;
    private readonly string _shared;

    public AdaptiveExists(PlanNode perRow, PlanNode decorrelatedPlan, Func<Term?[], ActiveGraph, bool> decorrelated,
        long switchAfter, string shared, ExecutionContextHolder holder)
        : base(perRow, decorrelatedPlan)
    {
        PerRow = perRow;
        _decorrelated = decorrelated;
        SwitchAfter = switchAfter;
        _shared = shared;
        _holder = holder;
    }

    public PlanNode PerRow { get; }

    public long SwitchAfter { get; }

    /// <summary>Outer rows probed in the latest run, and whether it switched to the decorrelated key set.</summary>
    public (long Probed, bool Switched) LastRun =>
        _holder.Context.OperatorMemory.TryGetValue((this, null), out var s) && s is State state ? (state.Probed, state.Switched) : (0, false);

    public bool Test(Term?[] row, ActiveGraph graph)
    {
        var context = _holder.Context;
        State state;
        if (context.OperatorMemory.TryGetValue((this, null), out var memory))
        {
            state = (State)memory;
        }
        else
        {
            state = new State();
            context.OperatorMemory.Add((this, null), state);
        }

        if (!state.Switched)
        {
            if (state.Probed < SwitchAfter)
            {
                state.Probed++;
                using var solutions = PerRow.Execute(row, context, graph).GetEnumerator();
                return solutions.MoveNext();
            }

            state.Switched = true;
        }

        return _decorrelated(row, graph);
    }

    public override string Label(VariableTable variables)
    {
        var (probed, switched) = LastRun;
        return "exists (adaptive on " + _shared + ": per row, decorrelated after "
            + SwitchAfter.ToString(CultureInfo.InvariantCulture) + " rows; last run: "
            + (switched ? "switched to decorrelated" : "stayed per row") + " after "
            + probed.ToString(CultureInfo.InvariantCulture) + " probes)";
    }

    protected override IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph) =>
        throw new InvalidOperationException("An adaptive EXISTS is tested per row, not run as a plan.");

    private sealed class State
    {
        public long Probed { get; set; }

        public bool Switched { get; set; }
    }
}
