using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>DISTINCT (and REDUCED, which may drop duplicates: it drops the adjacent ones only, needing no memory).</summary>
public sealed class DistinctNode : PlanNode
{
    public DistinctNode(PlanNode input, bool reduced)
        : base(input)
    {
        Input = input;
        Reduced = reduced;
    }

    public PlanNode Input { get; }

    public bool Reduced { get; }

    public override bool AcceptsSeed => Input.AcceptsSeed;

    public override string Label(VariableTable variables) => Reduced ? "reduced" : OnIds is null ? "distinct" : "distinct on ids";

    /// <summary>Set for DISTINCT over a projected BGP that can run on ids (see <see cref="IdDistinct"/>).</summary>
    internal IdDistinct? OnIds { get; init; }

    protected override IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph) =>
        OnIds?.Run(seed, context, graph) ?? RunTerms(seed, context, graph);

    private IEnumerable<Term?[]> RunTerms(Term?[] seed, ExecutionContext context, ActiveGraph graph)
    {
        if (Reduced)
        {
            Term?[]? previous = null;
            foreach (var row in Input.Execute(seed, context, graph))
            {
                if (previous is null || !RowComparer.Instance.Equals(previous, row))
                {
                    yield return row;
                }

                previous = row;
            }

            yield break;
        }

        var seen = new HashSet<Term?[]>(RowComparer.Instance);
        foreach (var row in Input.Execute(seed, context, graph))
        {
            if (seen.Add(row))
            {
                context.CheckLimit(seen.Count, "DISTINCT");
                yield return row;
            }
        }
    }
}
