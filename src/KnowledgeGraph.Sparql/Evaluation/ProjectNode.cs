using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Projection: keeps only the projected variables. As a sub-SELECT it hides its other variables from the
/// enclosing pattern; a seed is pushed down restricted to the projected variables, which is exact.
/// </summary>
public sealed class ProjectNode : PlanNode
{
    public ProjectNode(PlanNode input, int[] slots)
        : base(input)
    {
        Input = input;
        Slots = slots;
    }

    public PlanNode Input { get; }

    public int[] Slots { get; }

    public override bool AcceptsSeed => Input.AcceptsSeed;

    public override string Label(VariableTable variables) =>
        "project (" + string.Join(" ", Slots.Select(s => variables.Variables[s].ToString())) + ")";

    protected override IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph)
    {
        var inner = context.NewRow();
        foreach (var s in Slots)
        {
            inner[s] = seed[s];
        }

        foreach (var row in Input.Execute(inner, context, graph))
        {
            var projected = context.NewRow();
            foreach (var s in Slots)
            {
                projected[s] = row[s];
            }

            yield return Rows.IsEmpty(seed) ? projected : Rows.Merge(projected, seed);
        }
    }
}
