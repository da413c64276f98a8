namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// A parsed query: its form, its algebra <see cref="Pattern"/> (already including the solution modifiers:
/// projection, DISTINCT, ORDER BY, slice), its <see cref="Dataset"/> and its <see cref="Prologue"/>.
/// </summary>
public abstract record Query(Operator Pattern, Dataset Dataset, Prologue Prologue)
{
    public override string ToString() => SsePrinter.Print(this);
}

/// <summary>
/// SELECT: <see cref="Variables"/> are the result columns in order (for <c>SELECT *</c>, the in-scope
/// user variables in order of first appearance).
/// </summary>
public sealed record SelectQuery(Operator Pattern, ValueArray<Variable> Variables, bool SelectAll, Dataset Dataset, Prologue Prologue)
    : Query(Pattern, Dataset, Prologue)
{
    public override string ToString() => base.ToString();
}

/// <summary>CONSTRUCT: the template is instantiated per solution (blank nodes in it are fresh per solution).</summary>
public sealed record ConstructQuery(ValueArray<TriplePattern> Template, Operator Pattern, Dataset Dataset, Prologue Prologue)
    : Query(Pattern, Dataset, Prologue)
{
    public override string ToString() => base.ToString();
}

/// <summary>ASK.</summary>
public sealed record AskQuery(Operator Pattern, Dataset Dataset, Prologue Prologue)
    : Query(Pattern, Dataset, Prologue)
{
    public override string ToString() => base.ToString();
}

/// <summary>
/// DESCRIBE: <see cref="Targets"/> are IRIs and variables (empty with <see cref="DescribeAll"/> for
/// <c>DESCRIBE *</c>); without a WHERE clause <see cref="Query.Pattern"/> is the unit table.
/// </summary>
public sealed record DescribeQuery(ValueArray<PatternNode> Targets, bool DescribeAll, Operator Pattern, Dataset Dataset, Prologue Prologue)
    : Query(Pattern, Dataset, Prologue)
{
    public override string ToString() => base.ToString();
}
