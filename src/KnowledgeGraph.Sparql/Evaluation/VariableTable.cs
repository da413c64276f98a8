using KnowledgeGraph.Sparql.Algebra;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// Assigns every variable of a query (blank-node variables included) a slot in the solution rows, which
/// are arrays indexed by slot instead of dictionaries.
/// </summary>
public sealed class VariableTable
{
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
    private readonly List<Variable> _variables = [];

    public int Count => _variables.Count;

    public IReadOnlyList<Variable> Variables => _variables;

    public int Slot(Variable variable)
    {
        if (!_slots.TryGetValue(variable.Name, out var slot))
        {
            slot = _variables.Count;
            _slots.Add(variable.Name, slot);
            _variables.Add(variable);
        }

        return slot;
    }

    public bool TryGetSlot(Variable variable, out int slot) => _slots.TryGetValue(variable.Name, out slot);
}
