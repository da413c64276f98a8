using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>One position of a compiled pattern: a variable's slot, or a constant term.</summary>
public readonly record struct PatternSlot(int Slot, Term? Constant)
{
    public bool IsVariable => Slot >= 0;

    public static PatternSlot Of(Term term) => new(-1, term);

    public static PatternSlot OfVariable(int slot) => new(slot, null);

    /// <summary>The term at this position for <paramref name="row"/>; null when it is an unbound variable.</summary>
    public Term? Resolve(Term?[] row) => Slot >= 0 ? row[Slot] : Constant;

    public string Describe(VariableTable variables) =>
        Slot >= 0 ? variables.Variables[Slot].ToString() : Constant!.ToString();
}
