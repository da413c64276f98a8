using System.Text;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// A physical operator. <see cref="Execute"/> pulls solutions lazily. Its contract: the result is the join of
/// the operator's solutions with the seed row. Operators whose result does not depend on what the seed binds
/// except through compatibility (<see cref="AcceptsSeed"/>: patterns, unions, ...) push the seed down, which turns
/// a join into an index nested-loop (bind) join; the others are evaluated without it and merged.
/// </summary>
public abstract class PlanNode
{
    private long _actualRows;

    protected PlanNode(params PlanNode[] children)
    {
        Children = children;
    }

    public IReadOnlyList<PlanNode> Children { get; }

    /// <summary>The optimizer's estimate of the rows produced per execution (NaN when unknown).</summary>
    public double EstimatedRows { get; set; } = double.NaN;

    /// <summary>The rows produced so far over all executions.</summary>
    public long ActualRows => _actualRows;

    /// <summary>Variables bound in every solution.</summary>
    public required IReadOnlySet<int> Certain { get; init; }

    /// <summary>Variables bound in some solution.</summary>
    public required IReadOnlySet<int> Maybe { get; init; }

    public virtual bool AcceptsSeed => false;

    /// <summary>The operator's one-line description for Explain (SSE style, without children).</summary>
    public abstract string Label(VariableTable variables);

    public IEnumerable<Term?[]> Execute(Term?[] seed, ExecutionContext context, ActiveGraph graph)
    {
        if (AcceptsSeed || Rows.IsEmpty(seed))
        {
            foreach (var row in Run(seed, context, graph))
            {
                _actualRows++;
                yield return row;
            }

            yield break;
        }

        foreach (var row in Run(context.NewRow(), context, graph))
        {
            if (Rows.Compatible(row, seed))
            {
                _actualRows++;
                yield return Rows.Merge(row, seed);
            }
        }
    }

    protected abstract IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph);

    public void Explain(StringBuilder sb, VariableTable variables, int indent)
    {
        sb.Append(' ', indent * 2).Append('(').Append(Label(variables));
        sb.Append("  ; est=").Append(double.IsNaN(EstimatedRows) ? "?" : Math.Round(EstimatedRows).ToString(System.Globalization.CultureInfo.InvariantCulture));
        sb.Append(" actual=").Append(ActualRows.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var child in Children)
        {
            sb.AppendLine();
            child.Explain(sb, variables, indent + 1);
        }

        sb.Append(')');
    }
}
