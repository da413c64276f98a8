using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Join. When the right side accepts a seed, each left row is pushed into it (index nested-loop / bind join);
/// otherwise the right side is evaluated once and hashed on the variables both sides always bind.
/// </summary>
public sealed class JoinNode : PlanNode
{
    public JoinNode(PlanNode left, PlanNode right, bool transparent)
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

    /// <summary>The hash join's key: variables bound in every row of both sides.</summary>
    public int[] KeySlots { get; }

    public bool IsBindJoin => Right.AcceptsSeed && !HashRight;

    /// <summary>
    /// Set after estimation (<see cref="JoinChoice"/>) when the right side could be bind-joined but is small next to the
    /// left: it is then evaluated once and hashed instead of being executed once per left row.
    /// </summary>
    public bool HashRight { get; set; }

    public override bool AcceptsSeed => Transparent || (Left.AcceptsSeed && Right.AcceptsSeed);

    public override string Label(VariableTable variables) =>
        IsBindJoin ? "join (bind)" : "join (hash on " + string.Join(" ", KeySlots.Select(k => variables.Variables[k].ToString())) + ")";

    protected override IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph)
    {
        if (IsBindJoin)
        {
            foreach (var l in Left.Execute(seed, context, graph))
            {
                foreach (var r in Right.Execute(l, context, graph))
                {
                    yield return r;
                }
            }

            yield break;
        }

        var table = HashTable.Build(Right.Execute(seed, context, graph), KeySlots, context, "A hash join");
        foreach (var l in Left.Execute(seed, context, graph))
        {
            foreach (var r in table.Probe(l))
            {
                if (Rows.Compatible(l, r))
                {
                    yield return Rows.Merge(l, r);
                }
            }
        }
    }
}
