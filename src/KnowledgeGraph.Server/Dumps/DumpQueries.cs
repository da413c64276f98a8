using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.Dumps;

/// <summary>
/// The SPARQL a dump reads through (the server's seam, so a remote SPARQL 1.1 store can be dumped the same way).
/// The default graph is queried as itself: on a store whose default graph is the union of the named graphs this
/// would repeat their statements, so dumps read a snapshot without the union view.
/// </summary>
public static class DumpQueries
{
    /// <summary>Every statement: the default graph's (?g unbound) and every named graph's.</summary>
    public const string Dataset = "SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }";

    /// <summary>The statements of one graph (the default graph for <see cref="DefaultGraph"/>).</summary>
    public static string Graph(Term graph) => graph is DefaultGraph
        ? "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
        : $"SELECT ?s ?p ?o WHERE {{ GRAPH {NTriplesFormatter.FormatIri(((Iri)graph).Value)} {{ ?s ?p ?o }} }}";

    /// <summary>Whether a named graph has any statement (an empty or unknown graph answers 404).</summary>
    public static string GraphExists(Term graph) => graph is DefaultGraph
        ? "ASK { }"
        : $"ASK {{ GRAPH {NTriplesFormatter.FormatIri(((Iri)graph).Value)} {{ ?s ?p ?o }} }}";
}
