using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.Server.Endpoints;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Sparql.Syntax;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>
/// GraphQL mutations over real HTTP on a real LMDB store: round trips, nested create-or-connect, SHACL before
/// commit, delete with references, escaping, explain and cache invalidation. Runs in order on one server.
/// </summary>
public sealed class MutationTests(MutationServer server) : IClassFixture<MutationServer>
{
    private const string Id = "https://w3id.org/newskg/id/";
    private const string Taliban = Id + "actor/taliban";
    private const string Kabul = Id + "place/kabul";
    private const string Doc = Id + "doc/globalresearch-2021-07-22";
    private const string Occurred = "https://w3id.org/newskg/ont#occurred";
    private const string RocketAttack = "https://w3id.org/newskg/vocab/RocketAttack";

    /// <summary>An event with the occurrence claim its shape requires; the claimant is given as a GraphQL value.</summary>
    private static string CreateEvent(string label, string claimant) => $$"""
        mutation {
          createEvent(input: {
            label: { value: "{{label}}", lang: "en" }
            eventType: { connect: ["{{RocketAttack}}"] }
            startDate: "2021-07-25"
            place: { connect: "{{Kabul}}" }
            claims: { create: [{
              claimant: {{claimant}}
              stance: ASSERTS, hedge: REPORTEDLY, modality: ACTUAL
              source: { connect: ["{{Doc}}"] }
              claimPredicate: { connect: "{{Occurred}}" }
              claimObject: { literals: [{ value: "true", datatype: "http://www.w3.org/2001/XMLSchema#boolean" }] }
              claimText: { value: "Rockets reportedly hit Kabul again.", lang: "en" }
            }] }
          }) {
            id label { value lang } startDate place { id }
            claims { id stance hedge claimant { id label { value } } source { id } }
          }
        }
        """;

    [Fact]
    public async Task Create_event_with_nested_claim_round_trips_and_is_queryable()
    {
        var data = await server.DataAsync(CreateEvent("Second rocket attack on Kabul", $$"""{ connect: "{{Taliban}}" }"""));
        var created = data.GetProperty("createEvent");
        var id = created.GetProperty("id").GetString()!;
        Assert.StartsWith(Id + "event/second-rocket-attack-on-kabul-", id, StringComparison.Ordinal);
        Assert.Equal("2021-07-25", created.GetProperty("startDate").GetString());
        Assert.Equal(Kabul, Assert.Single(created.GetProperty("place").EnumerateArray()).GetProperty("id").GetString());
        var claim = Assert.Single(created.GetProperty("claims").EnumerateArray());
        Assert.Equal("ASSERTS", claim.GetProperty("stance").GetString());
        Assert.Equal("REPORTEDLY", claim.GetProperty("hedge").GetString());
        Assert.Equal(Taliban, claim.GetProperty("claimant").GetProperty("id").GetString());
        Assert.StartsWith(Id + "claim/rockets-reportedly-hit-kabul-again-", claim.GetProperty("id").GetString(), StringComparison.Ordinal);

        // Queried back through the ordinary query path, by lookup and by filter.
        var back = await server.DataAsync($$"""{ event(id: "{{id}}") { label { value } eventType { id } } events(where: { label: { eq: "Second rocket attack on Kabul" } }) { totalCount } }""");
        Assert.Equal("Second rocket attack on Kabul", back.GetProperty("event").GetProperty("label").GetProperty("value").GetString());
        Assert.Equal(RocketAttack, back.GetProperty("event").GetProperty("eventType")[0].GetProperty("id").GetString());
        Assert.Equal(1, back.GetProperty("events").GetProperty("totalCount").GetInt32());

        // Written to the edit graph, with an activity recording when.
        var graph = await server.DataAsync($$"""{ claim(id: "{{claim.GetProperty("id").GetString()}}") { id } }""");
        Assert.NotEqual(JsonValueKind.Null, graph.GetProperty("claim").ValueKind);
        Assert.Equal(1, await AskCountAsync($"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{Id}graph/graphql-edits> {{ <{id}> a ?t }} }}"));
        Assert.True(await AskCountAsync($"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{Id}graph/graphql-edits> {{ ?a a <http://www.w3.org/ns/prov#Activity> ; <http://www.w3.org/ns/prov#endedAtTime> ?t }} }}") >= 1);
    }

    [Fact]
    public async Task Nested_create_of_an_interface_target_mints_an_actor()
    {
        var data = await server.DataAsync(CreateEvent("Attack claimed by a new group", """{ create: { armedGroup: { label: { value: "Kabul Liberation Front", lang: "en" }, actorType: { connect: ["https://w3id.org/newskg/vocab/rebelGroup"] } } } }"""));
        var claimant = data.GetProperty("createEvent").GetProperty("claims")[0].GetProperty("claimant");
        Assert.StartsWith(Id + "actor/kabul-liberation-front-", claimant.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("Kabul Liberation Front", claimant.GetProperty("label").GetProperty("value").GetString());
        var back = await server.DataAsync($$"""{ armedGroup(id: "{{claimant.GetProperty("id").GetString()}}") { claimsMade { id } } }""");
        Assert.Single(back.GetProperty("armedGroup").GetProperty("claimsMade").EnumerateArray());
    }

    [Fact]
    public async Task Update_sets_unsets_connects_and_disconnects()
    {
        var id = (await server.DataAsync(CreateEvent("Event to update", $$"""{ connect: "{{Taliban}}" }"""))).GetProperty("createEvent").GetProperty("id").GetString()!;
        var updated = (await server.DataAsync($$"""
            mutation { updateEvent(id: "{{id}}", input: {
              label: { value: "Updated event", lang: "en" }
              startDate: "2021-07-25T08:00:00"
              endDate: "2021-07-26T18:30:00"
              participant: { connect: ["{{Taliban}}"] }
            }) { label { value } endDate participant { id } } }
            """)).GetProperty("updateEvent");
        Assert.Equal("Updated event", updated.GetProperty("label").GetProperty("value").GetString());
        Assert.Equal("2021-07-26T18:30:00", updated.GetProperty("endDate").GetString());
        Assert.Equal(Taliban, Assert.Single(updated.GetProperty("participant").EnumerateArray()).GetProperty("id").GetString());

        var again = (await server.DataAsync($$"""
            mutation { updateEvent(id: "{{id}}", input: { unset: [END_DATE], participant: { disconnect: ["{{Taliban}}"] } }) { label { value } endDate participant { id } } }
            """)).GetProperty("updateEvent");
        Assert.Equal("Updated event", again.GetProperty("label").GetProperty("value").GetString());
        Assert.Equal(JsonValueKind.Null, again.GetProperty("endDate").ValueKind);
        Assert.Empty(again.GetProperty("participant").EnumerateArray());
        Assert.Equal(1, await AskCountAsync($"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ <{id}> <http://www.w3.org/2000/01/rdf-schema#label> ?l }} }}"));
    }

    [Fact]
    public async Task Seed_entities_validate_with_the_neighbourhood_the_executor_reads()
    {
        // Each update re-validates a real seed entity: a context read that missed a neighbour's type or scheme would
        // show up here as a false violation.
        var data = await server.DataAsync($$"""
            mutation {
              e: updateEvent(id: "{{Id}}event/kabul-rocket-attack-2021-07-20", input: { timeText: { value: "Tuesday morning", lang: "en" } }) { timeText { value } claims { id } }
              c: updateClaim(id: "{{Id}}claim/taliban-denial", input: { hedge: UNHEDGED }) { hedge }
              a: updateArmedGroup(id: "{{Taliban}}", input: { label: { value: "Taliban", lang: "en" } }) { label { value } }
              p: updatePlace(id: "{{Kabul}}", input: { latitude: "34.5553" }) { latitude }
              d: updateSourceDocument(id: "{{Doc}}", input: { headline: { value: "Kabul rockets", lang: "en" } }) { headline { value } }
            }
            """);
        Assert.Equal("Tuesday morning", data.GetProperty("e").GetProperty("timeText").GetProperty("value").GetString());
        Assert.NotEmpty(data.GetProperty("e").GetProperty("claims").EnumerateArray());
        Assert.Equal("UNHEDGED", data.GetProperty("c").GetProperty("hedge").GetString());
        Assert.Equal("34.5553", data.GetProperty("p").GetProperty("latitude").GetString());
        Assert.Equal(1, await AskCountAsync($"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ <{Kabul}> <https://w3id.org/newskg/ont#latitude> ?l }} }}"));
    }

    [Fact]
    public async Task Shacl_violation_returns_the_shapes_message_and_changes_nothing()
    {
        var before = await server.CountQuadsAsync();
        var (status, body) = await server.PostAsync("""
            mutation { createPlace(input: { label: { value: "Nowhere", lang: "en" }, adminLevel: LOCALITY, latitude: "123.5" }) { id } }
            """);
        Assert.Equal(200, status);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("createPlace").ValueKind);
        var errors = body.GetProperty("errors").EnumerateArray().ToList();
        var latitude = Assert.Single(errors, e => e.GetProperty("message").GetString()!.Contains("Latitude is one xsd:decimal between -90 and 90.", StringComparison.Ordinal));
        Assert.Equal("SHACL_VIOLATION", latitude.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("<https://w3id.org/newskg/ont#latitude>", latitude.GetProperty("extensions").GetProperty("resultPath").GetString());
        // The place has no kg:within and is not a country: the sh:or of kgsh:ParentUnlessCountry fails too.
        Assert.True(errors.Count >= 2, string.Join("\n", errors));
        Assert.Equal(before, await server.CountQuadsAsync());
        Assert.Equal(0, (await server.DataAsync("""{ places(where: { label: { eq: "Nowhere" } }) { totalCount } }""")).GetProperty("places").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task An_event_without_a_claim_is_refused_by_its_shape()
    {
        var before = await server.CountQuadsAsync();
        var (_, body) = await server.PostAsync($$"""
            mutation { createEvent(input: { label: { value: "Unclaimed", lang: "en" }, eventType: { connect: ["{{RocketAttack}}"] }, startDate: "2021-07-25" }) { id } }
            """);
        Assert.Contains(body.GetProperty("errors").EnumerateArray(), e => e.GetProperty("message").GetString()!.Contains("Every event needs at least one claim about it", StringComparison.Ordinal));
        Assert.Equal(before, await server.CountQuadsAsync());
    }

    [Fact]
    public async Task Delete_restricts_while_referenced_and_detach_removes_claims_and_references()
    {
        var created = (await server.DataAsync(CreateEvent("Event to delete", $$"""{ connect: "{{Taliban}}" }"""))).GetProperty("createEvent");
        var id = created.GetProperty("id").GetString()!;
        var claim = created.GetProperty("claims")[0].GetProperty("id").GetString()!;
        var before = await server.CountQuadsAsync();

        var (_, refused) = await server.PostAsync($$"""mutation { deleteEvent(id: "{{id}}") { id } }""");
        var error = Assert.Single(refused.GetProperty("errors").EnumerateArray());
        Assert.Equal("REFERENCED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(claim, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await server.CountQuadsAsync());

        var deleted = (await server.DataAsync($$"""mutation { deleteEvent(id: "{{id}}", mode: DETACH) { id deletedClaims detachedReferences } }""")).GetProperty("deleteEvent");
        Assert.Equal(id, deleted.GetProperty("id").GetString());
        Assert.Equal(claim, Assert.Single(deleted.GetProperty("deletedClaims").EnumerateArray()).GetString());
        var back = await server.DataAsync($$"""{ event(id: "{{id}}") { id } claim(id: "{{claim}}") { id } }""");
        Assert.Equal(JsonValueKind.Null, back.GetProperty("event").ValueKind);
        Assert.Equal(JsonValueKind.Null, back.GetProperty("claim").ValueKind);
        Assert.Equal(0, await AskCountAsync($"SELECT (COUNT(*) AS ?n) WHERE {{ {{ <{id}> ?p ?o }} UNION {{ GRAPH ?g {{ <{id}> ?p ?o }} }} UNION {{ GRAPH ?g {{ ?s ?p <{id}> }} }} }}"));
        Assert.True(await server.CountQuadsAsync() < before);
    }

    [Fact]
    public async Task Deleting_the_only_claim_about_an_event_is_refused()
    {
        var created = (await server.DataAsync(CreateEvent("Event with one claim", $$"""{ connect: "{{Taliban}}" }"""))).GetProperty("createEvent");
        var claim = created.GetProperty("claims")[0].GetProperty("id").GetString()!;
        var before = await server.CountQuadsAsync();
        var (_, body) = await server.PostAsync($$"""mutation { deleteClaim(id: "{{claim}}") { id } }""");
        Assert.Contains(body.GetProperty("errors").EnumerateArray(), e => e.GetProperty("message").GetString()!.Contains("Every event needs at least one claim", StringComparison.Ordinal));
        Assert.Equal(before, await server.CountQuadsAsync());
    }

    [Fact]
    public async Task Values_with_quotes_newlines_braces_and_angle_brackets_round_trip()
    {
        const string label = "He said \"stop\" }\n> <http://evil/> \\ ' ; DROP ALL ; # end";
        var data = await server.DataAsync(
            "mutation($l: String!) { createPlace(input: { label: { value: $l, lang: \"en\" }, adminLevel: ADM0 }) { id label { value } } }",
            new { l = label });
        Assert.Equal(label, data.GetProperty("createPlace").GetProperty("label").GetProperty("value").GetString());
        var id = data.GetProperty("createPlace").GetProperty("id").GetString()!;
        Assert.StartsWith(Id + "place/he-said-stop-http-evil-drop-all-end-", id, StringComparison.Ordinal);
        Assert.True(await AskCountAsync("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") > 0, "DROP ALL must not have run");
    }

    [Fact]
    public async Task Explain_shows_the_one_compiled_update()
    {
        var (status, body) = await server.PostAsync("""mutation { createPlace(input: { label: { value: "Explained", lang: "en" }, adminLevel: ADM0 }) { id } }""", path: "/graphql?explain=true");
        Assert.Equal(200, status);
        var texts = body.GetProperty("extensions").GetProperty("sparql").EnumerateArray().Select(e => e.GetString()!).ToList();
        var update = Assert.Single(texts, t => t.StartsWith("INSERT DATA", StringComparison.Ordinal) || t.StartsWith("DELETE", StringComparison.Ordinal));
        Assert.Contains("\"Explained\"@en", update, StringComparison.Ordinal);
        Assert.Contains("GRAPH <" + Id + "graph/graphql-edits>", update, StringComparison.Ordinal);
        Assert.Single(SparqlParser.ParseUpdate(update, null).Operations);

        var id = body.GetProperty("data").GetProperty("createPlace").GetProperty("id").GetString()!;
        var (_, updated) = await server.PostAsync($$"""mutation { updatePlace(id: "{{id}}", input: { iso3166Code: "XE" }) { iso3166Code } }""", path: "/graphql?explain=true");
        var modify = Assert.Single(updated.GetProperty("extensions").GetProperty("sparql").EnumerateArray().Select(e => e.GetString()!), t => t.StartsWith("DELETE", StringComparison.Ordinal));
        Assert.Contains("INSERT {", modify, StringComparison.Ordinal);
        Assert.Single(SparqlParser.ParseUpdate(modify, null).Operations);
        Assert.Equal("XE", updated.GetProperty("data").GetProperty("updatePlace").GetProperty("iso3166Code").GetString());
    }

    [Fact]
    public async Task A_mutation_invalidates_cached_results()
    {
        const string query = """{ places(where: { label: { startsWith: "Cachetown" } }) { totalCount } }""";
        Assert.Equal(0, (await server.DataAsync(query)).GetProperty("places").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, (await server.DataAsync(query)).GetProperty("places").GetProperty("totalCount").GetInt32());
        // The whole input as a variable, enums and nested objects included.
        await server.DataAsync(
            "mutation($in: PlaceCreateInput!) { createPlace(input: $in) { id } }",
            new { @in = new { label = new { value = "Cachetown", lang = "en" }, adminLevel = "ADM0", iso3166Code = "XC" } });
        Assert.Equal(1, (await server.DataAsync(query)).GetProperty("places").GetProperty("totalCount").GetInt32());
        using var get = await server.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString(query));
        Assert.Contains("\"totalCount\":1", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_to_a_missing_node_and_update_of_a_missing_entity_are_errors()
    {
        var before = await server.CountQuadsAsync();
        var (_, missing) = await server.PostAsync($$"""mutation { createPlace(input: { label: { value: "Orphan", lang: "en" }, adminLevel: LOCALITY, within: { connect: "{{Id}}place/no-such-place" } }) { id } }""");
        Assert.Equal("NOT_FOUND", missing.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var (_, absent) = await server.PostAsync($$"""mutation { updatePlace(id: "{{Id}}place/no-such-place", input: { iso3166Code: "AF" }) { id } }""");
        Assert.Contains("There is no Place", absent.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        var (_, wrongType) = await server.PostAsync($$"""mutation { updatePlace(id: "{{Taliban}}", input: { iso3166Code: "AF" }) { id } }""");
        Assert.Equal("NOT_FOUND", wrongType.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(before, await server.CountQuadsAsync());
    }

    [Fact]
    public async Task Without_the_token_or_over_get_mutations_are_refused()
    {
        const string mutation = """mutation { createPlace(input: { label: { value: "Unauthorized", lang: "en" }, adminLevel: ADM0 }) { id } }""";
        var before = await server.CountQuadsAsync();
        var (status, body) = await server.PostAsync(mutation, token: null);
        Assert.Equal(401, status);
        Assert.Equal("UNAUTHORIZED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(body.TryGetProperty("data", out _));
        (status, body) = await server.PostAsync(mutation, token: "wrong");
        Assert.Equal(401, status);
        using var get = await server.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString(mutation));
        Assert.Equal(405, (int)get.StatusCode);
        Assert.Equal("POST", get.Content.Headers.Allow.Single());
        Assert.Equal(before, await server.CountQuadsAsync());

        // Queries still need no token.
        var (queryStatus, _) = await server.PostAsync("{ places(first: 1) { totalCount } }", token: null);
        Assert.Equal(200, queryStatus);
    }

    [Fact]
    public async Task A_read_only_server_refuses_mutations_even_with_the_token()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kg-graphql-mutations", Guid.NewGuid().ToString("N"));
        var (app, client) = await MutationServer.StartAsync(folder, o => o.ReadOnly = true);
        try
        {
            var before = await MutationServer.CountQuadsAsync(client);
            var (status, body) = await MutationServer.PostAsync(client, """mutation { createPlace(input: { label: { value: "Read-only", lang: "en" }, adminLevel: ADM0 }) { id } }""");
            Assert.Equal(403, status);
            Assert.Equal("FORBIDDEN", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
            Assert.Contains("read-only", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Equal(before, await MutationServer.CountQuadsAsync(client));
        }
        finally
        {
            client.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
            MutationServer.DeleteFolder(folder);
        }
    }

    [Fact]
    public async Task A_write_between_the_validation_reads_and_the_update_is_a_conflict_and_writes_nothing()
    {
        var store = server.App.Services.GetRequiredService<StoreHost>();
        var session = new StoreMutationSession(store, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));
        session.Select("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", CancellationToken.None);

        // Another writer commits through the SPARQL Update endpoint in between.
        using var update = new HttpRequestMessage(HttpMethod.Post, "/sparql") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["update"] = "INSERT DATA { <urn:kg:other-writer> <urn:kg:p> \"x\" }" }) };
        update.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", MutationServer.Token);
        using var answered = await server.Client.SendAsync(update);
        Assert.True(answered.IsSuccessStatusCode);

        Assert.Throws<WriteConflictException>(() => session.Update("INSERT DATA { <urn:kg:conflict> <urn:kg:p> \"y\" }", CancellationToken.None));
        Assert.Equal(0, await AskCountAsync("SELECT (COUNT(*) AS ?n) WHERE { <urn:kg:conflict> ?p ?o }"));

        // Read again, then the write goes through.
        session.Select("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", CancellationToken.None);
        session.Update("INSERT DATA { <urn:kg:conflict> <urn:kg:p> \"y\" }", CancellationToken.None);
        Assert.Equal(1, await AskCountAsync("SELECT (COUNT(*) AS ?n) WHERE { <urn:kg:conflict> ?p ?o }"));
    }

    private async Task<long> AskCountAsync(string sparql)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sparql") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["query"] = sparql }) };
        request.Headers.Accept.Add(new System.Net.Http.Headers.MediaTypeWithQualityHeaderValue("application/sparql-results+json"));
        using var response = await server.Client.SendAsync(request);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return long.Parse(json.GetProperty("results").GetProperty("bindings")[0].GetProperty("n").GetProperty("value").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
    }
}
