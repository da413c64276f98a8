namespace KnowledgeGraph.Sparql.Syntax;

/// <summary>
/// Where triples are being read, which decides what a blank node becomes and what is allowed:
/// in a WHERE pattern blank nodes become non-distinguished variables and predicates may be paths;
/// in a template (CONSTRUCT, INSERT/DELETE) they stay blank nodes; in data (INSERT/DELETE DATA) no
/// variable may appear. <see cref="Clause"/> names the clause in error messages.
/// </summary>
internal readonly record struct TriplesContext(bool IsPattern, bool AllowVariables, bool AllowBlankNodes, string Clause)
{
    public static TriplesContext Pattern { get; } = new(true, true, true, "a graph pattern");

    public static TriplesContext Template(string clause, bool allowBlankNodes = true) => new(false, true, allowBlankNodes, clause);

    public static TriplesContext Data(string clause, bool allowBlankNodes) => new(false, false, allowBlankNodes, clause);
}
