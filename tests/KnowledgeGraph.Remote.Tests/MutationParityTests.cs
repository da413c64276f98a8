using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Remote.Loading;

namespace KnowledgeGraph.Remote.Tests;

/// <summary>
/// GraphQL mutations (the operations of tests/KnowledgeGraph.GraphQL.Tests/MutationTests) on the embedded store and
/// on Virtuoso, step by step: create with a nested claim, read back, update set/unset/connect/disconnect, a SHACL
/// violation that writes nothing, delete refused while referenced and then detached. Each step's JSON must be equal on
/// both (minted IRIs carry a random suffix, which is masked), and the quad counts must move alike. Mutations change
/// the data, so this class has its own Virtuoso, not the shared one the read parity tests use.
/// </summary>
public sealed partial class MutationParityTests : IAsyncLifetime
{
    private const string Id = "https://w3id.org/newskg/id/";
    private const string Taliban = Id + "actor/taliban";
    private const string Kabul = Id + "place/kabul";
    private const string Doc = Id + "doc/globalresearch-2021-07-22";
    private const string RocketAttack = "https://w3id.org/newskg/vocab/RocketAttack";
    private const string Occurred = "https://w3id.org/newskg/ont#occurred";

    private string? _skip;
    private VirtuosoInstance? _virtuoso;
    private RunningApp? _embedded;
    private RunningApp? _remote;

    public async Task InitializeAsync()
    {
        _skip = VirtuosoInstance.Unavailable();
        if (_skip is not null)
        {
            return;
        }

        _virtuoso = VirtuosoInstance.Start();
        using (var client = new RemoteSparqlClient(_virtuoso.Settings()))
        {
            await RemoteBulkLoader.LoadAsync(client, [.. Servers.SeedFiles().Select(f => new RemoteLoadSource(f, Rdf.RdfFormat.TriG))], new RemoteLoadOptions { ChunkSize = 100_000, SkolemizeBlankNodes = false });
        }

        _embedded = await Servers.StartEmbeddedAsync();
        _remote = await Servers.StartRemoteAsync(_virtuoso);
    }

    public async Task DisposeAsync()
    {
        foreach (var app in new[] { _remote, _embedded })
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }

        _virtuoso?.Dispose();
    }

    [SkippableFact]
    public async Task Mutations_do_the_same_on_Virtuoso_as_on_the_embedded_store()
    {
        Skip.If(_skip is not null, _skip);
        var createEvent = $$"""
            mutation {
              createEvent(input: {
                label: { value: "Second rocket attack on Kabul", lang: "en" }
                eventType: { connect: ["{{RocketAttack}}"] }
                startDate: "2021-07-25"
                place: { connect: "{{Kabul}}" }
                claims: { create: [{
                  claimant: { connect: "{{Taliban}}" }
                  stance: ASSERTS, hedge: REPORTEDLY, modality: ACTUAL
                  source: { connect: ["{{Doc}}"] }
                  claimPredicate: { connect: "{{Occurred}}" }
                  claimObject: { literals: [{ value: "true", datatype: "http://www.w3.org/2001/XMLSchema#boolean" }] }
                  claimText: { value: "Rockets \"reportedly\" hit } Kabul > again.", lang: "en" }
                }] }
              }) {
                id label { value lang } startDate place { id }
                claims { id stance hedge claimant { id label { value } } source { id } }
              }
            }
            """;
        var created = await BothAsync(createEvent);
        var eventId = (string)created.Embedded.GetProperty("data").GetProperty("createEvent").GetProperty("id").GetString()!;
        var remoteEventId = created.Remote.GetProperty("data").GetProperty("createEvent").GetProperty("id").GetString()!;
        var claimId = created.Embedded.GetProperty("data").GetProperty("createEvent").GetProperty("claims")[0].GetProperty("id").GetString()!;
        var remoteClaimId = created.Remote.GetProperty("data").GetProperty("createEvent").GetProperty("claims")[0].GetProperty("id").GetString()!;

        await BothAsync("""{ events(where: { label: { eq: "Second rocket attack on Kabul" } }) { totalCount edges { node { label { value } eventType { id } claims { claimText { value } } } } } }""");
        await BothAsync($$"""
            mutation { updateEvent(id: "{{eventId}}", input: {
              label: { value: "Updated event", lang: "en" }
              startDate: "2021-07-25T08:00:00"
              endDate: "2021-07-26T18:30:00"
              participant: { connect: ["{{Taliban}}"] }
            }) { label { value } startDate endDate participant { id } } }
            """, $$"""
            mutation { updateEvent(id: "{{remoteEventId}}", input: {
              label: { value: "Updated event", lang: "en" }
              startDate: "2021-07-25T08:00:00"
              endDate: "2021-07-26T18:30:00"
              participant: { connect: ["{{Taliban}}"] }
            }) { label { value } startDate endDate participant { id } } }
            """);
        await BothAsync(
            $$"""mutation { updateEvent(id: "{{eventId}}", input: { unset: [END_DATE], participant: { disconnect: ["{{Taliban}}"] } }) { label { value } endDate participant { id } } }""",
            $$"""mutation { updateEvent(id: "{{remoteEventId}}", input: { unset: [END_DATE], participant: { disconnect: ["{{Taliban}}"] } }) { label { value } endDate participant { id } } }""");

        // A SHACL violation: the same errors, and nothing written on either store.
        var before = (await CountAsync(_embedded!), await CountAsync(_remote!));
        var violation = await BothAsync("""mutation { createPlace(input: { label: { value: "Nowhere", lang: "en" }, adminLevel: LOCALITY, latitude: "123.5" }) { id } }""");
        Assert.Contains("SHACL_VIOLATION", violation.Embedded.GetRawText());
        Assert.Equal(before, (await CountAsync(_embedded!), await CountAsync(_remote!)));

        // Delete: refused while the claim refers to the event, then detached.
        var refused = await BothAsync($$"""mutation { deleteEvent(id: "{{eventId}}") { id } }""", $$"""mutation { deleteEvent(id: "{{remoteEventId}}") { id } }""");
        Assert.Contains("REFERENCED", refused.Embedded.GetRawText());
        Assert.Equal(before, (await CountAsync(_embedded!), await CountAsync(_remote!)));
        await BothAsync(
            $$"""mutation { deleteEvent(id: "{{eventId}}", mode: DETACH) { id deletedClaims detachedReferences } }""",
            $$"""mutation { deleteEvent(id: "{{remoteEventId}}", mode: DETACH) { id deletedClaims detachedReferences } }""");
        await BothAsync(
            $$"""{ event(id: "{{eventId}}") { id } claim(id: "{{claimId}}") { id } events(first: 100) { totalCount } claims(first: 100) { totalCount } }""",
            $$"""{ event(id: "{{remoteEventId}}") { id } claim(id: "{{remoteClaimId}}") { id } events(first: 100) { totalCount } claims(first: 100) { totalCount } }""");
    }

    /// <summary>Posts to both servers (the second text, when given, to Virtuoso) and asserts equal JSON once minted suffixes are masked.</summary>
    private async Task<(JsonElement Embedded, JsonElement Remote)> BothAsync(string embeddedQuery, string? remoteQuery = null)
    {
        var embedded = await PostAsync(_embedded!, embeddedQuery);
        var remote = await PostAsync(_remote!, remoteQuery ?? embeddedQuery);
        Assert.True(Mask(embedded) == Mask(remote), $"{embeddedQuery}\nembedded: {embedded}\nvirtuoso: {remote}");
        return (JsonDocument.Parse(embedded).RootElement, JsonDocument.Parse(remote).RootElement);
    }

    private static async Task<string> PostAsync(RunningApp app, string query)
    {
        using var request = Servers.Authorized(HttpMethod.Post, "/graphql", JsonSerializer.Serialize(new { query }), "application/json");
        using var response = await app.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {text}");
        return text;
    }

    private static async Task<long> CountAsync(RunningApp app)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sparql")
        {
            Content = new FormUrlEncodedContent([new("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/newskg/\")) }")]),
        };
        request.Headers.Accept.ParseAdd("text/csv");
        using var response = await app.Client.SendAsync(request);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return long.Parse(lines[1].Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>Minted IRIs end in a random suffix (e.g. .../second-rocket-attack-on-kabul-3f9a1c); mask it.</summary>
    private static string Mask(string json) => Canonical.Json(Minted().Replace(json, "$1-*"));

    [GeneratedRegex(@"(https://w3id\.org/newskg/id/[a-z]+/[a-z0-9-]+?)-[0-9a-z]{4,16}(?=[""\\])")]
    private static partial Regex Minted();
}
