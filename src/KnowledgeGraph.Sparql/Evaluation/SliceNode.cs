using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>OFFSET / LIMIT: stops pulling from its input once the limit is reached.</summary>
public sealed class SliceNode : PlanNode
{
    public SliceNode(PlanNode input, long offset, long? limit)
        : base(input)
    {
        Input = input;
        Offset = offset;
        Limit = limit;
    }

    public PlanNode Input { get; }

    public long Offset { get; }

    public long? Limit { get; }

    public override string Label(VariableTable variables) => $"slice {Offset} {(Limit is { } l ? l.ToString(System.Globalization.CultureInfo.InvariantCulture) : "_")}";

    protected override IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph)
    {
        if (Limit == 0)
        {
            yield break;
        }

        long index = 0;
        long taken = 0;
        foreach (var row in Input.Execute(seed, context, graph))
        {
            if (index++ < Offset)
            {
                continue;
            }

            yield return row;
            if (Limit is { } limit && ++taken >= limit)
            {
                yield break;
            }
        }
    }
}
