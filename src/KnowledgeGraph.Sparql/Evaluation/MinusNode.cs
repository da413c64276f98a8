using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// MINUS: removes each left row for which some right row is compatible and shares at least one bound variable
/// (the domain-disjointness rule). The right side is evaluated once and hashed: an anti-join.
/// </summary>
public sealed class MinusNode : PlanNode
{
    public MinusNode(PlanNode left, PlanNode right, bool transparent)
        : base(left, right)
    {
        Left = left;
        Right = right;
        Transparent = transparent;
        KeySlots = [.. right.Certain.Where(left.Certain.Contains).Order()];
    }

    public PlanNode Left { get; }

    public PlanNode Right { get; }

    public bool Transparent { get; }

    public int[] KeySlots { get; }

    public override bool AcceptsSeed => Transparent;

    public override string Label(VariableTable variables) => "minus (anti-join)";

    protected override IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph)
    {
        if (!Left.Maybe.Overlaps(Right.Maybe))
        {
            // Disjoint domains: MINUS removes nothing, and the right side need not run.
            foreach (var l in Left.Execute(seed, context, graph))
            {
                yield return l;
            }

            yield break;
        }

        var rightSeed = Transparent ? seed : context.NewRow();
        var table = HashTable.Build(Right.Execute(rightSeed, context, graph), KeySlots, context, "MINUS's right side");
        foreach (var l in Left.Execute(seed, context, graph))
        {
            var removed = false;
            foreach (var r in table.Probe(l))
            {
                if (Rows.Compatible(l, r) && Rows.ShareDomain(l, r))
                {
                    removed = true;
                    break;
                }
            }

            if (!removed)
            {
                yield return l;
            }
        }
    }
}
