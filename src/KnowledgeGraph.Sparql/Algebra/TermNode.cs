using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Algebra;

/// <summary>A concrete RDF term in a pattern position.</summary>
public sealed record TermNode(Term Term) : PatternNode
{
    public override string ToString() => Term.ToString();
}
