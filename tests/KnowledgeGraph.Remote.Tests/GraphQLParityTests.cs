using System.Net;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Remote.Tests;

/// <summary>
/// GraphQL operations from the GraphQL tests (tests/KnowledgeGraph.GraphQL.Tests: SeedAnswerTests, HttpEndpointTests,
/// QueryCountAndPagingTests, GeneratedNewsTests' filters), posted to /graphql on the embedded and the Virtuoso-backed
/// server: the JSON answers must be equal, and carry data.
/// </summary>
[Collection(VirtuosoCollection.Name)]
public sealed class GraphQLParityTests(VirtuosoFixture fixture)
{
    private const string Claim = "https://w3id.org/newskg/id/claim/";

    public static TheoryData<string, string> Operations() => new()
    {
        { "claims about the rocket attack", """
            { event(id: "https://w3id.org/newskg/id/event/kabul-rocket-attack-2021-07-20") {
                id label { value lang }
                claims(first: 50) { id stance hedge claimant { id label { value } } claimPredicate { id }
                  source { id datePublished publisher { label { value } } } } } }
            """ },
        { "filter, order and first page", """
            { armedGroups(where: { label: { contains: "islamic" } }, orderBy: [{ field: LABEL }], first: 1) {
                totalCount edges { cursor node { id label { value } } } pageInfo { hasNextPage endCursor } } }
            """ },
        { "interfaces and fragments", """
            query { actors(first: 100) { edges { node { __typename id ... on Organization { partOf { id } } ...P } } } }
            fragment P on Person { memberOf(first: 5) { id } }
            """ },
        { "aggregate by stance", "{ claimAggregate(groupBy: [STANCE]) { key count } }" },
        { "ranked search", """{ search(text: "taliban") { score node { id __typename } } }""" },
        { "search with types", """{ search(text: "taliban", types: ["ArmedGroup"]) { node { id } } }""" },
        { "language preference", """
            { a: node(id: "https://w3id.org/newskg/id/actor/taliban") { label(lang: ["ps", "en"]) { value lang } }
              b: node(id: "https://w3id.org/newskg/id/actor/taliban") { label(lang: ["ps"]) { value } } }
            """ },
        { "as of a date", "{ claims(first: 100, asOf: \"2021-07-21\") { totalCount edges { node { id source { datePublished } } } } }" },
        { "now and then", """{ event(id: "https://w3id.org/newskg/id/event/kabul-rocket-attack-2021-07-20") { now: claims(first: 50) { id } then: claims(first: 50, asOf: "2021-07-21") { id } } }""" },
        { "contradictions", $$"""
            { denied: claim(id: "{{Claim}}hh-garmsir-recapture-denied") { stance contradictions { id stance } }
              reported: claim(id: "{{Claim}}garmsir-recapture-reported") { contradictions { id stance } }
              isis: claim(id: "{{Claim}}isis-responsibility") { contradictions { id } } }
            """ },
        { "events by start date, nested places", "{ events(first: 4, orderBy: [{ field: START_DATE, direction: DESC }]) { totalCount edges { node { id startDate place { id label { value } } } } pageInfo { hasNextPage endCursor } } }" },
        { "nested relations", "{ events(first: 5) { edges { node { claims(first: 2) { id } } } } }" },
        { "some/none filters", """{ claims(first: 50, where: { stance: { eq: DENIES } }) { totalCount edges { node { id claimant { id } } } } }""" },
        { "OR and NOT", """{ claims(first: 50, where: { OR: [{ stance: { eq: DENIES } }, { NOT: { stance: { in: [ASSERTS] } } }] }) { totalCount edges { node { id stance } } } }""" },
        { "places within", "{ places(first: 20, orderBy: [{ field: LABEL }]) { totalCount edges { node { id label { value } within { id } } } } }" },
    };

    [SkippableTheory]
    [MemberData(nameof(Operations))]
    public async Task Same_json_on_Virtuoso_as_on_the_embedded_store(string name, string query)
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var embedded = await PostAsync(fixture.Embedded!.Client, query);
        var remote = await PostAsync(fixture.Remote!.Client, query);
        Assert.DoesNotContain("\"errors\"", embedded);
        Assert.Contains("\"data\"", embedded);
        Assert.True(Canonical.Json(embedded) == Canonical.Json(remote), $"{name}:\nembedded: {embedded}\nvirtuoso: {remote}");
    }

    private static async Task<string> PostAsync(HttpClient client, string query)
    {
        var body = JsonSerializer.Serialize(new { query });
        using var response = await client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{client.BaseAddress}: {(int)response.StatusCode} {text}");
        return text;
    }
}
