using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>A node fetched for one selection: its IRI, rdf:types, predicate values and related nodes per response key.</summary>
internal sealed class RawNode(string iri)
{
    public string Iri { get; } = iri;

    public List<string> Types { get; } = [];

    public Dictionary<string, List<Term>> Values { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<RawNode>> Relations { get; } = new(StringComparer.Ordinal);
}
