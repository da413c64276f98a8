using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Data;

/// <summary>
/// The narrow read seam through which the SPARQL engine reaches storage. Every argument of
/// <see cref="Match"/> may be null (unbound). The graph argument is <see cref="DefaultGraph.Instance"/>
/// for the source's default graph, a graph name for one named graph, or null for any graph
/// (the default graph included). Dataset clauses (FROM, FROM NAMED, union default graph) are applied by
/// the engine on top of this interface, not by the source.
/// </summary>
public interface IQuadSource
{
    /// <summary>The quads matching the pattern, each once.</summary>
    IEnumerable<Quad> Match(Term? subject, Iri? predicate, Term? obj, Term? graph);

    /// <summary>The names of the non-empty named graphs.</summary>
    IEnumerable<Term> NamedGraphs();

    /// <summary>
    /// An estimate of how many quads <see cref="Match"/> would return; used only to order joins, so it
    /// may be approximate but should be cheap.
    /// </summary>
    long EstimateCardinality(Term? subject, Iri? predicate, Term? obj, Term? graph);

    /// <summary>The optional id-level fast path, or null when the source works on terms only.</summary>
    IQuadIdSource? Ids => null;
}
