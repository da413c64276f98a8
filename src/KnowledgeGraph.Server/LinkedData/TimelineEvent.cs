using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>
/// An event on a timeline: its dates (start, and end when it lasts), whether they are only bounds (notBefore /
/// notAfter), and whether the entity's part in it is only claimed (a claim frame, not an asserted role).
/// </summary>
public sealed record TimelineEvent(Iri Event, string Label, DateOnly? Start, DateOnly? End, bool Approximate, bool Claimed);
