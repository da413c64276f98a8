using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// VALUES: a fixed table of (slot, value) cells; rows are widened to the query's slot count when first run,
/// since the width is known only after compilation. UNDEF cells are unbound. Joined with the seed.
/// </summary>
public sealed class DeferredTableNode : PlanNode
{
    private readonly IReadOnlyList<(int Slot, Term? Value)[]> _cells;
    private readonly VariableTable _variables;
    private List<Term?[]>? _rows;

    public DeferredTableNode(IReadOnlyList<(int Slot, Term? Value)[]> cells, VariableTable variables)
    {
        _cells = cells;
        _variables = variables;
    }

    public override bool AcceptsSeed => true;

    public override string Label(VariableTable variables) => $"table ({_cells.Count} rows)";

    protected override IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph)
    {
        _rows ??= _cells.Select(cells =>
        {
            var row = new Term?[_variables.Count];
            foreach (var (slot, value) in cells)
            {
                row[slot] = value;
            }

            return row;
        }).ToList();
        foreach (var row in _rows)
        {
            if (Rows.Compatible(row, seed))
            {
                yield return Rows.Merge(seed, row);
            }
        }
    }
}
