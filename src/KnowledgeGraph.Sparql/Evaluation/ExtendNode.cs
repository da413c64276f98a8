using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>BIND / Extend: adds a variable with an expression's value; an error leaves it unbound.</summary>
public sealed class ExtendNode : PlanNode
{
    private readonly CompiledExpression _expression;

    public ExtendNode(PlanNode input, int slot, CompiledExpression expression, string expressionText, bool seedSafe)
        : base(input)
    {
        Input = input;
        Slot = slot;
        _expression = expression;
        ExpressionText = expressionText;
        SeedSafe = seedSafe;
    }

    public PlanNode Input { get; }

    public int Slot { get; }

    public string ExpressionText { get; }

    public bool SeedSafe { get; }

    public override bool AcceptsSeed => SeedSafe && Input.AcceptsSeed;

    public override string Label(VariableTable variables) => $"extend ({variables.Variables[Slot]} {ExpressionText})";

    protected override IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph)
    {
        foreach (var row in Input.Execute(seed, context, graph))
        {
            var value = _expression(row, graph);
            if (value is null)
            {
                yield return row;
                continue;
            }

            var current = row[Slot];
            if (current is not null)
            {
                // The variable came from the seed: the join keeps the row only when the values agree.
                if (current.Equals(value))
                {
                    yield return row;
                }

                continue;
            }

            var copy = (Term?[])row.Clone();
            copy[Slot] = value;
            yield return copy;
        }
    }
}
