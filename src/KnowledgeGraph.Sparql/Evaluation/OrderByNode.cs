using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>ORDER BY: a stable sort on the conditions in the order of section 15.1; errors sort as unbound.</summary>
public sealed class OrderByNode : PlanNode
{
    private readonly (CompiledExpression Key, bool Descending)[] _conditions;

    public OrderByNode(PlanNode input, (CompiledExpression Key, bool Descending)[] conditions, string conditionsText, long? keepFirst = null)
        : base(input)
    {
        Input = input;
        _conditions = conditions;
        ConditionsText = conditionsText;
        KeepFirst = keepFirst;
    }

    /// <summary>
    /// When a LIMIT (plus OFFSET) above reads only this many rows, only the first this many in order are kept, in a
    /// bounded heap (top-k): memory stays at k rows and most input rows cost one comparison with the heap's worst.
    /// </summary>
    public long? KeepFirst { get; }

    public PlanNode Input { get; }

    public string ConditionsText { get; }

    public override string Label(VariableTable variables) =>
        "order " + ConditionsText + (KeepFirst is { } k ? " (top " + k.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")" : string.Empty);

    protected override IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph)
    {
        if (KeepFirst is { } k)
        {
            foreach (var row in TopK(seed, context, graph, k))
            {
                yield return row;
            }

            yield break;
        }

        var keyed = new List<(Term?[] Row, Term?[] Keys, int Index)>();
        var index = 0;
        foreach (var row in Input.Execute(seed, context, graph))
        {
            context.Tick();
            keyed.Add((row, Keys(row, graph), index++));
            context.CheckLimit(keyed.Count, "ORDER BY");
        }

        keyed.Sort(Compare);
        foreach (var item in keyed)
        {
            yield return item.Row;
        }
    }

    /// <summary>The first k rows in order: a max-heap on the order (the worst kept row on top), input index breaking ties as the stable sort does.</summary>
    private List<Term?[]> TopK(Term?[] seed, ExecutionContext context, ActiveGraph graph, long k)
    {
        var kept = new List<(Term?[] Row, Term?[] Keys, int Index)>();
        if (k <= 0)
        {
            return [];
        }

        var heap = new PriorityQueue<(Term?[] Row, Term?[] Keys, int Index), (Term?[] Row, Term?[] Keys, int Index)>(
            Comparer<(Term?[] Row, Term?[] Keys, int Index)>.Create((a, b) => Compare(b, a)));
        var index = 0;
        foreach (var row in Input.Execute(seed, context, graph))
        {
            context.Tick();
            var item = (row, Keys(row, graph), index++);
            if (heap.Count < k)
            {
                heap.Enqueue(item, item);
                context.CheckLimit(heap.Count, "ORDER BY");
            }
            else if (Compare(item, heap.Peek()) < 0)
            {
                heap.DequeueEnqueue(item, item);
            }
        }

        while (heap.Count > 0)
        {
            kept.Add(heap.Dequeue());
        }

        kept.Sort(Compare);
        return [.. kept.Select(x => x.Row)];
    }

    private Term?[] Keys(Term?[] row, ActiveGraph graph)
    {
        var keys = new Term?[_conditions.Length];
        for (var i = 0; i < _conditions.Length; i++)
        {
            keys[i] = _conditions[i].Key(row, graph);
        }

        return keys;
    }

    private int Compare((Term?[] Row, Term?[] Keys, int Index) a, (Term?[] Row, Term?[] Keys, int Index) b)
    {
        for (var i = 0; i < _conditions.Length; i++)
        {
            var c = OrderComparer.Instance.Compare(a.Keys[i], b.Keys[i]);
            if (c != 0)
            {
                return _conditions[i].Descending ? -c : c;
            }
        }

        return a.Index.CompareTo(b.Index);
    }
}
