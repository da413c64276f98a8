using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Expressions;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>ORDER BY: a stable sort on the conditions in the order of section 15.1; errors sort as unbound.</summary>
public sealed class OrderByNode : PlanNode
{
    private readonly (CompiledExpression Key, bool Descending)[] _conditions;

    public OrderByNode(PlanNode input, (CompiledExpression Key, bool Descending)[] conditions, string conditionsText)
        : base(input)
    {
        Input = input;
        _conditions = conditions;
        ConditionsText = conditionsText;
    }

    public PlanNode Input { get; }

    public string ConditionsText { get; }

    public override string Label(VariableTable variables) => "order " + ConditionsText;

    protected override IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph)
    {
        var keyed = new List<(Term?[] Row, Term?[] Keys, int Index)>();
        foreach (var row in Input.Execute(seed, context, graph))
        {
            context.Tick();
            var keys = new Term?[_conditions.Length];
            for (var i = 0; i < _conditions.Length; i++)
            {
                keys[i] = _conditions[i].Key(row, graph);
            }

            keyed.Add((row, keys, keyed.Count));
            context.CheckLimit(keyed.Count, "ORDER BY");
        }

        keyed.Sort((a, b) =>
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
        });
        foreach (var item in keyed)
        {
            yield return item.Row;
        }
    }
}
