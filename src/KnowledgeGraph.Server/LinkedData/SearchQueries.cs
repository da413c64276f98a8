using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>The SPARQL text of the search and index pages.</summary>
public static class SearchQueries
{
    /// <summary>Most candidate rows a search reads before ranking.</summary>
    public const int MaxCandidates = 5000;

    /// <summary>Entities under the instance base whose label or alias contains <paramref name="text"/> (case-insensitive).</summary>
    public static string Matches(string instanceBase, string text) => SparqlText.Prefixes + $$"""
SELECT ?s ?name ?naming ?label ?type WHERE {
  ?s ?naming ?name .
  VALUES ?naming { rdfs:label schema:alternateName schema:legalName skos:altLabel skos:prefLabel }
  FILTER(isIRI(?s) && STRSTARTS(STR(?s), {{SparqlText.String(instanceBase)}}) && CONTAINS(LCASE(STR(?name)), {{SparqlText.String(text.ToLowerInvariant())}}))
  OPTIONAL { ?s rdfs:label ?label }
  OPTIONAL { ?s a ?type }
} LIMIT {{MaxCandidates}}
""";

    /// <summary>Entities under the instance base with their types and labels, for the index page.</summary>
    public static string Index(string instanceBase, int limit) => SparqlText.Prefixes + $$"""
SELECT ?type ?s ?label ?claimText WHERE {
  ?s a ?type .
  FILTER(isIRI(?s) && STRSTARTS(STR(?s), {{SparqlText.String(instanceBase)}}))
  OPTIONAL { ?s rdfs:label ?label }
  OPTIONAL { ?s kg:claimText ?claimText }
} LIMIT {{limit}}
""";

    /// <summary>Labels of classes (from the ontology when loaded).</summary>
    public static string ClassLabels(IReadOnlyCollection<Iri> classes) => PageQueries.Labels(classes);
}
