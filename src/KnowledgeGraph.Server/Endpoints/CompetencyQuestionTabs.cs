using System.Text.Json;

namespace KnowledgeGraph.Server.Endpoints;

/// <summary>
/// The default GraphiQL tabs: the competency questions of <c>ontology/queries/cq*.rq</c> asked in GraphQL over the
/// seed articles. Where the schema cannot say what the SPARQL says (skos:broader*, kg:within* of any depth, a filter on
/// contradictions) the comment of the tab says how the operation gets as close as it can.
/// </summary>
public static class CompetencyQuestionTabs
{
    public static IReadOnlyList<CompetencyQuestion> Questions { get; } =
    [
        new("CQ1", """
# CQ1: Who denied responsibility for the 20 July 2021 rocket attack in Kabul, and on what grounds?
# (ontology/queries/cq1-denial-of-responsibility.rq; the grounds are the claims that support the denial)
query CQ1_DenialOfResponsibility {
  claims(first: 20, where: {
    claimSubject: { some: { id: { eq: "https://w3id.org/newskg/id/event/kabul-rocket-attack-2021-07-20" } } }
    claimPredicate: { some: { id: { eq: "https://w3id.org/newskg/ont#perpetrator" } } }
    stance: { eq: DENIES }
  }) {
    edges { node {
      id
      claimant { label { value } }
      claimText { value }
      grounds: supportedBy { id claimText { value } }
    } }
  }
}
"""),
        new("CQ2", """
# CQ2: Every claim about who perpetrated the 20 July rocket attack: claimant, stance, hedge, accused,
# the outlet and date, and the original outlet of a republication (cq2-perpetrator-claims.rq).
query CQ2_PerpetratorClaims {
  claims(first: 50, where: {
    claimSubject: { some: { id: { eq: "https://w3id.org/newskg/id/event/kabul-rocket-attack-2021-07-20" } } }
    claimPredicate: { some: { id: { eq: "https://w3id.org/newskg/ont#perpetrator" } } }
  }) {
    totalCount
    edges { node {
      id stance hedge
      claimant { label { value } }
      accused: claimObject { label { value } }
      source { datePublished publisher { label { value } } original: isBasedOn { publisher { label { value } } } }
    } }
  }
}
"""),
        new("CQ3", """
# CQ3: Which districts changed hands on 19 and 20 July 2021, and is the capture disputed? (cq3-districts-changing-hands.rq)
# GraphQL has no skos:broader* walk: the capture types are listed. Denials of the event show as claims with stance DENIES.
query CQ3_DistrictsChangingHands {
  events(first: 20, orderBy: [{ field: START_DATE }], where: {
    startDate: { in: ["2021-07-19", "2021-07-20"] }
    eventType: { some: { id: { in: ["https://w3id.org/newskg/vocab/TerritoryCapture", "https://w3id.org/newskg/vocab/TerritoryRecapture"] } } }
    place: { some: { adminLevel: { eq: ADM2 } } }
  }) {
    edges { node {
      id label { value } startDate
      place { label { value } province: within { label { value } } }
      denials: claims(where: { stance: { eq: DENIES } }) { id claimant { label { value } } }
    } }
  }
}
"""),
        new("CQ4", """
# CQ4: All events in Helmand province, including those in its districts and the places in them (cq4-events-in-helmand.rq).
query CQ4_EventsInHelmand {
  events(first: 50, orderBy: [{ field: START_DATE }], where: { place: { some: { OR: [
    { id: { eq: "https://w3id.org/newskg/id/place/helmand" } }
    { within: { some: { id: { eq: "https://w3id.org/newskg/id/place/helmand" } } } }
    { within: { some: { within: { some: { id: { eq: "https://w3id.org/newskg/id/place/helmand" } } } } } }
  ] } } }) {
    totalCount
    edges { node { id label { value } startDate place { label { value } } } }
  }
}
"""),
        new("CQ5", """
# CQ5: Which helicopters were delivered, where, and what preceded the delivery (and how many were destroyed)? (cq5-helicopter-delivery.rq)
query CQ5_HelicopterDelivery {
  events(first: 10, where: { eventType: { some: { id: { eq: "https://w3id.org/newskg/vocab/EquipmentDelivery" } } } }) {
    edges { node {
      id label { value }
      place { label { value } }
      preceding: after { id label { value } }
    } }
  }
  quantities(first: 20, where: { quantifies: { some: { id: { in: ["https://w3id.org/newskg/id/event/uh60-handover-2021-07", "https://w3id.org/newskg/id/event/helicopters-destroyed-2021-07"] } } } }) {
    edges { node { value minValue quantifies { id } } }
  }
}
"""),
        new("CQ6", """
# CQ6: What did the Taliban claim about what happened (defections among them), and who reported it? (cq6-taliban-defection-claim.rq)
query CQ6_TalibanClaims {
  claims(first: 20, where: {
    claimant: { some: { id: { eq: "https://w3id.org/newskg/id/actor/taliban" } } }
    claimPredicate: { some: { id: { eq: "https://w3id.org/newskg/ont#occurred" } } }
    stance: { eq: ASSERTS }
  }) {
    edges { node {
      id claimText { value } quote { value }
      claimSubject { id ... on Event { eventType { id } } }
      source { datePublished publisher { label { value } } original: isBasedOn { publisher { label { value } } } }
    } }
  }
}
"""),
        new("CQ7", """
# CQ7: Contradictions: each asserting claim with the claims denying the same frame (cq7-contradictions.rq);
# a relation filter on contradictions is not in the schema, so claims without any show an empty list.
query CQ7_Contradictions {
  claims(first: 100, where: { stance: { eq: ASSERTS } }) {
    edges { node {
      id claimant { label { value } } claimText { value }
      deniedBy: contradictions(where: { stance: { eq: DENIES } }) { id claimant { label { value } } }
    } }
  }
}
"""),
        new("CQ8", """
# CQ8: What was known as of 21 July 2021, and as of 22 July 2021? (cq8-known-as-of.rq)
query CQ8_KnownAsOf {
  july21: claims(first: 100, asOf: "2021-07-21") { totalCount edges { node { id claimText { value } } } }
  july22: claims(first: 100, asOf: "2021-07-22") { totalCount edges { node { id claimText { value } } } }
}
"""),
        new("CQ9", """
# CQ9: What is the original source behind the republication? (cq9-original-source.rq)
query CQ9_OriginalSource {
  sourceDocuments(first: 20, where: { isBasedOn: { isNull: false } }) {
    edges { node {
      id datePublished publisher { label { value } } author { label { value } }
      original: isBasedOn { id datePublished publisher { label { value } } }
    } }
  }
}
"""),
    ];

    /// <summary>The tabs as GraphiQL's <c>defaultTabs</c> (a JSON array of <c>{query}</c>), safe inside a script element.</summary>
    public static string Json { get; } = JsonSerializer.Serialize(Questions.Select(q => new Dictionary<string, string> { ["query"] = q.Query }))
        .Replace("</", "<\\/", StringComparison.Ordinal);
}

/// <summary>One competency question: its tab title (CQ1...) and the GraphQL operation that asks it.</summary>
public sealed record CompetencyQuestion(string Title, string Query);
