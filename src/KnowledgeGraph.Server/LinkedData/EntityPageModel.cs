using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>A link to the entity from elsewhere: <c>Subject Predicate entity</c>.</summary>
public sealed record InboundLink(Iri Subject, Iri Predicate);

/// <summary>Everything an entity page shows, read from the description and a few page queries.</summary>
public sealed record EntityPageModel(
    EntityDescription Description,
    Labels Labels,
    IReadOnlyList<Iri> Types,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ClaimView> Claims,
    IReadOnlyList<TimelineEvent>? Timeline,
    IReadOnlyList<MapPoint>? Map,
    IReadOnlyList<Iri> UnmappedPlaces,
    IReadOnlyList<InboundLink> Inbound,
    IReadOnlyList<ClaimMade> ClaimsMade)
{
    public Iri Entity => Description.Entity;

    public string Label => Labels.Of(Entity);
}
