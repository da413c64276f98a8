using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// An inline table of solutions (VALUES), and the unit table (one empty solution: the translation
/// of an empty group) and the empty table (no solution). A null cell is UNDEF.
/// </summary>
public sealed record Table(ValueArray<Variable> Variables, ValueArray<ValueArray<Term?>> Rows) : Operator
{
    /// <summary>One solution binding nothing: the identity of Join.</summary>
    public static Table Unit { get; } = new([], [ValueArray<Term?>.Empty]);

    /// <summary>No solution.</summary>
    public static Table Empty { get; } = new([], []);

    public bool IsUnit => Variables.IsEmpty && Rows.Count == 1;

    public bool IsEmpty => Rows.IsEmpty;

    public override IReadOnlyList<Operator> Children => [];

    public override TResult Accept<TResult>(IOperatorVisitor<TResult> visitor) => visitor.Visit(this);

    public override string ToString() => base.ToString();
}
