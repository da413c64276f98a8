namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// A query variable, named without its '?' or '$'. Variables the parser makes for blank nodes in a
/// pattern (and for path expansion) have names starting with '?', which no user variable can have
/// (Jena prints these as <c>??name</c>); they are never projected by <c>SELECT *</c>.
/// </summary>
public sealed record Variable(string Name) : PatternNode
{
    /// <summary>True for a variable standing for a blank node or a generated intermediate (non-distinguished).</summary>
    public bool IsBlankNodeVariable => Name.StartsWith('?');

    /// <summary>True for a variable the translation made up (aggregates, group keys): name starts with '.'.</summary>
    public bool IsGenerated => Name.StartsWith('.') || Name.StartsWith('?');

    public override string ToString() => "?" + Name;
}
