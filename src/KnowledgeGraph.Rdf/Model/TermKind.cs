namespace KnowledgeGraph.Rdf.Model;

/// <summary>
/// The kind of an RDF term. The numeric order is the order of kinds in <see cref="Term.CompareTo"/>,
/// which follows SPARQL's ORDER BY (blank nodes, then IRIs, then literals); the default graph sorts first.
/// </summary>
public enum TermKind : byte
{
    DefaultGraph = 0,
    BlankNode = 1,
    Iri = 2,
    Literal = 3,
}
