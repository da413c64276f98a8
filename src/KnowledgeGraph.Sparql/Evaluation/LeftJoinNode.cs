using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// OPTIONAL as a left join with the filter of section 18.5: a left row is kept alone when no compatible
/// right row passes the condition (evaluated on the merged row). Bind join or hash join as for <see cref="JoinNode"/>.
/// </summary>
public sealed class LeftJoinNode : PlanNode
{
    private readonly Func<Term?[], ActiveGraph, bool?>? _condition;

    public LeftJoinNode(PlanNode left, PlanNode right, Func<Term?[], ActiveGraph, bool?>? condition, string? conditionText, bool transparent)
        : base(left, right)
    {
        Left = left;
        Right = right;
        _condition = condition;
        ConditionText = conditionText;
        Transparent = transparent;
        KeySlots = [.. right.Certain.Where(left.Certain.Contains).Order()];
    }

    public PlanNode Left { get; }

    public PlanNode Right { get; }

    public string? ConditionText { get; }

    public bool Transparent { get; }

    public int[] KeySlots { get; }

    public bool IsBindJoin => Right.AcceptsSeed;

    public override bool AcceptsSeed => Transparent;

    public override string Label(VariableTable variables) =>
        (IsBindJoin ? "leftjoin (bind)" : "leftjoin (hash)") + (ConditionText is null ? string.Empty : " " + ConditionText);

    protected override IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph)
    {
        HashTable? table = null;
        foreach (var l in Left.Execute(seed, context, graph))
        {
            var found = false;
            IEnumerable<Term?[]> candidates;
            if (IsBindJoin)
            {
                candidates = Right.Execute(l, context, graph);
            }
            else
            {
                table ??= HashTable.Build(Right.Execute(seed, context, graph), KeySlots, context, "An OPTIONAL's hash table");
                candidates = Matches(table, l);
            }

            foreach (var merged in candidates)
            {
                if (_condition is null || _condition(merged, graph) == true)
                {
                    found = true;
                    yield return merged;
                }
            }

            if (!found)
            {
                yield return l;
            }
        }
    }

    private static IEnumerable<Term?[]> Matches(HashTable table, Term?[] l)
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
