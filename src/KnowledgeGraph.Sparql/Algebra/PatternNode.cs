using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>
/// A position in a triple or quad pattern: either a <see cref="Variable"/> or a concrete RDF term
/// (<see cref="TermNode"/>). Blank nodes of a WHERE clause are turned into blank-node variables by the
/// parser; blank nodes stay terms only in templates (CONSTRUCT, INSERT) and ground data.
/// </summary>
public abstract record PatternNode
{
    private protected PatternNode()
    {
    }

    public bool IsVariable => this is Variable;

    public static implicit operator PatternNode(Term term) => new TermNode(term);
}
