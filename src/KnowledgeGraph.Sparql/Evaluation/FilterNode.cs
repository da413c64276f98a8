using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>FILTER: keeps the rows whose condition has the effective boolean value true (errors drop the row).</summary>
public sealed class FilterNode : PlanNode
{
    private readonly Func<Term?[], ActiveGraph, bool?> _condition;

    public FilterNode(PlanNode input, Func<Term?[], ActiveGraph, bool?> condition, string conditionText, bool seedSafe)
        : base(input)
    {
        Input = input;
        _condition = condition;
        ConditionText = conditionText;
        SeedSafe = seedSafe;
    }

    public PlanNode Input { get; }

    public string ConditionText { get; }

    /// <summary>
    /// True when a seed cannot change the condition's value: in EXISTS (where the seed is a substitution) or when
    /// the condition only reads variables its input always binds.
    /// </summary>
    public bool SeedSafe { get; }

    public override bool AcceptsSeed => SeedSafe && Input.AcceptsSeed;

    public override string Label(VariableTable variables) => "filter " + ConditionText;

    protected override IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph)
    {
        foreach (var row in Input.Execute(seed, context, graph))
        {
            context.Tick();
            if (_condition(row, graph) == true)
            {
                yield return row;
            }
        }
    }
}
