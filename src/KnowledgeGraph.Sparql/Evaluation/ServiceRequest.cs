using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>One call of a SERVICE: the endpoint and the complete SPARQL 1.1 SELECT to send it.</summary>
/// <param name="Endpoint">The endpoint IRI (a constant of the query or the value of <c>SERVICE ?var</c>).</param>
/// <param name="Query">The query text, self-contained (full IRIs, no prologue).</param>
/// <param name="Silent">Whether the pattern was <c>SERVICE SILENT</c> (failures will be ignored).</param>
public sealed record ServiceRequest(Iri Endpoint, string Query, bool Silent);
