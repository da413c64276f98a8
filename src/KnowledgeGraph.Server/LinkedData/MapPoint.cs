using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>A place with coordinates on a map; <see cref="IsSubject"/> marks the place the page is about.</summary>
public sealed record MapPoint(Iri Place, string Label, double Latitude, double Longitude, bool IsSubject);
