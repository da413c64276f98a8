using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>The SPARQL text behind an entity page beyond its description: timelines, maps, inbound links, labels.</summary>
public static class PageQueries
{
    /// <summary>Most events a timeline draws, and most places a map draws (the page says when it is cut).</summary>
    public const int MaxTimelineEvents = 500;
    public const int MaxMapPlaces = 2000;

    private const string EventDates = """
  OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { ?e kg:startDate ?start } OPTIONAL { ?e kg:endDate ?end }
  OPTIONAL { ?e kg:notBefore ?notBefore } OPTIONAL { ?e kg:notAfter ?notAfter }
""";

    /// <summary>
    /// Events an actor takes part in (any property from the event to the actor), and events a claim says the actor had a
    /// role in (the claim's frame has the event as subject and the actor as object): those are marked claimed.
    /// </summary>
    public static string ActorEvents(Iri actor)
    {
        var a = SparqlText.Iri(actor);
        return SparqlText.Prefixes + $$"""
SELECT ?e ?label ?start ?end ?notBefore ?notAfter ?claimed WHERE {
  { SELECT DISTINCT ?e (false AS ?claimed) WHERE { ?e ?role {{a}} . ?e a kg:Event } }
  UNION
  { SELECT DISTINCT ?e (true AS ?claimed) WHERE { ?c kg:claimObject {{a}} ; kg:claimSubject ?e . ?e a kg:Event
      FILTER NOT EXISTS { ?e ?role {{a}} } } }
{{EventDates}}} LIMIT {{MaxTimelineEvents}}
""";
    }

    /// <summary>Events at a place or anywhere within it (kg:within, any depth).</summary>
    public static string PlaceEvents(Iri place)
    {
        var p = SparqlText.Iri(place);
        return SparqlText.Prefixes + $$"""
SELECT ?e ?label ?start ?end ?notBefore ?notAfter ?claimed WHERE {
  { SELECT DISTINCT ?e (false AS ?claimed) WHERE { ?e kg:place ?where . ?where kg:within* {{p}} } }
{{EventDates}}} LIMIT {{MaxTimelineEvents}}
""";
    }

    /// <summary>The place and every place within it (any depth), with coordinates when they have them.</summary>
    public static string PlaceAndSubPlaces(Iri place)
    {
        var p = SparqlText.Iri(place);
        return SparqlText.Prefixes + $$"""
SELECT DISTINCT ?place ?label ?lat ?lon WHERE {
  ?place kg:within* {{p}} .
  OPTIONAL { ?place rdfs:label ?label }
  OPTIONAL { ?place kg:latitude ?lat ; kg:longitude ?lon }
} LIMIT {{MaxMapPlaces}}
""";
    }

    /// <summary>Claims the actor made (its kg:claimant), with stance, text and the frame's subject.</summary>
    public static string ClaimsMade(Iri actor, int limit)
    {
        var a = SparqlText.Iri(actor);
        return SparqlText.Prefixes + $$"""
SELECT ?c ?stance ?text ?subject ?subjectLabel WHERE {
  ?c kg:claimant {{a}} .
  OPTIONAL { ?c kg:stance ?stance } OPTIONAL { ?c kg:claimText ?text }
  OPTIONAL { ?c kg:claimSubject ?subject OPTIONAL { ?subject rdfs:label ?subjectLabel } }
} ORDER BY ?c LIMIT {{limit}}
""";
    }

    /// <summary>What links to the entity (claims aside, which the page shows on their own).</summary>
    public static string Inbound(Iri entity, int limit)
    {
        var e = SparqlText.Iri(entity);
        return SparqlText.Prefixes + $$"""
SELECT DISTINCT ?s ?p ?label WHERE {
  ?s ?p {{e}} . FILTER(isIRI(?s))
  FILTER NOT EXISTS { ?s a kg:Claim }
  OPTIONAL { ?s rdfs:label ?label }
} LIMIT {{limit}}
""";
    }

    /// <summary>Labels of vocabulary terms (properties, classes, concepts), from the ontology when it is loaded.</summary>
    public static string Labels(IReadOnlyCollection<Iri> terms) =>
        SparqlText.Prefixes + "SELECT ?s ?label WHERE { " + SparqlText.Values("s", terms) + " ?s rdfs:label|skos:prefLabel ?label }";
}
