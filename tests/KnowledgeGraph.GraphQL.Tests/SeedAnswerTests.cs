using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>Answers on the seed articles: the competency questions of the domain, asked in GraphQL.</summary>
public sealed class SeedAnswerTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    private const string RocketAttack = "https://w3id.org/newskg/id/event/kabul-rocket-attack-2021-07-20";

    [Fact]
    public void Who_claims_what_about_the_rocket_attack_keeps_the_denial_a_denial()
    {
        var data = seed.Service.Data($$"""
            { event(id: "{{RocketAttack}}") {
                id label { value lang }
                claims(first: 50) { id stance hedge claimant { id label { value } } claimPredicate { id }
                  source { id datePublished publisher { label { value } } } } } }
            """);
        var claims = data.GetProperty("event").GetProperty("claims").EnumerateArray().ToList();
        var denial = claims.Single(c => c.GetProperty("claimant").GetProperty("id").GetString() == "https://w3id.org/newskg/id/actor/taliban"
            && c.GetProperty("claimPredicate").GetProperty("id").GetString() == "https://w3id.org/newskg/ont#perpetrator");
        Assert.Equal("DENIES", denial.GetProperty("stance").GetString());
        Assert.Equal("UNHEDGED", denial.GetProperty("hedge").GetString());
        Assert.Equal("2021-07-22", denial.GetProperty("source")[0].GetProperty("datePublished").GetString());
        var isis = claims.Single(c => c.GetProperty("claimant").GetProperty("id").GetString() == "https://w3id.org/newskg/id/actor/islamic-state");
        Assert.Equal("ASSERTS", isis.GetProperty("stance").GetString());
        Assert.Equal("ALLEGEDLY", isis.GetProperty("hedge").GetString());
    }

    [Fact]
    public void Collection_with_filter_order_and_paging()
    {
        var data = seed.Service.Data("""
            { armedGroups(where: { label: { contains: "islamic" } }, orderBy: [{ field: LABEL }], first: 1) {
                totalCount edges { cursor node { id label { value } } } pageInfo { hasNextPage endCursor } } }
            """);
        var connection = data.GetProperty("armedGroups");
        Assert.Equal(2, connection.GetProperty("totalCount").GetInt32());
        Assert.True(connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var first = connection.GetProperty("edges")[0].GetProperty("node").GetProperty("label").GetProperty("value").GetString();
        Assert.Equal("Islamic State (ISIS)", first);
        var after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var next = seed.Service.Data($$"""
            { armedGroups(where: { label: { contains: "islamic" } }, orderBy: [{ field: LABEL }], first: 5, after: "{{after}}") {
                edges { node { label { value } } } pageInfo { hasNextPage } } }
            """).GetProperty("armedGroups");
        Assert.Equal("Islamic State - Khorasan Province (ISIS-K)", next.GetProperty("edges")[0].GetProperty("node").GetProperty("label").GetProperty("value").GetString());
        Assert.False(next.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public void Interfaces_resolve_to_the_concrete_type_and_fragments_apply()
    {
        var data = seed.Service.Data("""
            query { actors(first: 100) { edges { node { __typename id ... on Organization { partOf { id } } ...P } } } }
            fragment P on Person { memberOf(first: 5) { id } }
            """);
        var nodes = data.GetProperty("actors").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        var ghani = nodes.Single(n => n.GetProperty("id").GetString()!.EndsWith("/ashraf-ghani", StringComparison.Ordinal));
        Assert.Equal("Person", ghani.GetProperty("__typename").GetString());
        Assert.Equal("https://w3id.org/newskg/id/actor/afghan-government", ghani.GetProperty("memberOf")[0].GetProperty("id").GetString());
        var army = nodes.Single(n => n.GetProperty("id").GetString()!.EndsWith("/afghan-army", StringComparison.Ordinal));
        Assert.Equal("GovernmentBody", army.GetProperty("__typename").GetString());
        Assert.Equal("https://w3id.org/newskg/id/actor/andsf", army.GetProperty("partOf")[0].GetProperty("id").GetString());
        Assert.False(army.TryGetProperty("memberOf", out _));
    }

    [Fact]
    public void Aggregate_claims_per_stance()
    {
        var data = seed.Service.Data("{ claimAggregate(groupBy: [STANCE]) { key count } }");
        var rows = data.GetProperty("claimAggregate").EnumerateArray()
            .ToDictionary(r => r.GetProperty("key")[0].GetString() ?? "", r => r.GetProperty("count").GetInt32());
        Assert.True(rows["https://w3id.org/newskg/vocab/denies"] >= 1);
        Assert.True(rows["https://w3id.org/newskg/vocab/asserts"] > rows["https://w3id.org/newskg/vocab/denies"]);
        var total = seed.Service.Data("{ claims(first: 0) { totalCount } }").GetProperty("claims").GetProperty("totalCount").GetInt32();
        Assert.Equal(total, rows.Values.Sum());
    }

    [Fact]
    public void Search_ranks_exact_label_first()
    {
        var data = seed.Service.Data("""{ search(text: "taliban") { score node { id __typename } } }""");
        var hits = data.GetProperty("search").EnumerateArray().ToList();
        Assert.Equal("https://w3id.org/newskg/id/actor/taliban", hits[0].GetProperty("node").GetProperty("id").GetString());
        Assert.Equal(3, hits[0].GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task Explain_returns_the_sparql_which_reparses()
    {
        var response = await seed.Service.ExecuteAsync("{ events(first: 2) { edges { node { id place { id } } } } }", explain: true);
        var sparql = JsonDocument.Parse(response.Json).RootElement.GetProperty("extensions").GetProperty("sparql").EnumerateArray().Select(e => e.GetString()!).ToList();
        // The root page with the values of its nodes (no totalCount selected, so no count), the place relation with the values (types) of the places.
        Assert.Equal(2, sparql.Count);
        Assert.StartsWith("SELECT ?n ?p ?o", sparql[0], StringComparison.Ordinal);
        foreach (var text in sparql)
        {
            KnowledgeGraph.Sparql.Syntax.SparqlParser.ParseQuery(text);
        }
    }

    [Fact]
    public async Task Limits_are_reported_as_graphql_errors()
    {
        var response = await seed.Service.ExecuteAsync("{ events(first: 1000) { totalCount } }");
        var message = System.Text.Json.JsonDocument.Parse(response.Json).RootElement.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Equal("'first' on events must be between 0 and 100, got 1000.", message);
        Assert.DoesNotContain("   at ", response.Json);
        var deep = "{ places(first: 1) { edges { node { within { within { within { within { within { within { within { within { within { id } } } } } } } } } } } } }";
        Assert.Contains("levels deep", (await seed.Service.ExecuteAsync(deep)).Json);
    }

    [Fact]
    public async Task Syntax_errors_and_unknown_fields_are_graphql_errors()
    {
        var syntax = await seed.Service.ExecuteAsync("{ events(first: 1) { totalCount ");
        Assert.True(syntax.HasErrors);
        Assert.Contains("SYNTAX_ERROR", syntax.Json);
        var unknown = await seed.Service.ExecuteAsync("{ events(first: 1) { nosuch } }");
        Assert.True(unknown.HasErrors);
        Assert.Contains("nosuch", unknown.Json);
    }

    [Fact]
    public void Language_preference_falls_back_in_order()
    {
        var data = seed.Service.Data("""
            { a: node(id: "https://w3id.org/newskg/id/actor/taliban") { label(lang: ["ps", "en"]) { value lang } }
              b: node(id: "https://w3id.org/newskg/id/actor/taliban") { label(lang: ["ps"]) { value } } }
            """);
        Assert.Equal("en", data.GetProperty("a").GetProperty("label").GetProperty("lang").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("b").GetProperty("label").ValueKind);
    }

    [Fact]
    public void As_of_keeps_only_claims_published_by_that_date()
    {
        var all = seed.Service.Data("{ claims(first: 100) { totalCount } }").GetProperty("claims").GetProperty("totalCount").GetInt32();
        var data = seed.Service.Data("""
            { claims(first: 100, asOf: "2021-07-21") { totalCount edges { node { id source { datePublished } } } } }
            """).GetProperty("claims");
        var expected = new KnowledgeGraph.Sparql.SparqlEngine(seed.Source).Query("""
            SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?c a <https://w3id.org/newskg/ont#Claim> ; <https://w3id.org/newskg/ont#source> ?d }
              GRAPH ?h { ?d <http://schema.org/datePublished> ?p } FILTER(STR(?p) <= "2021-07-21") }
            """) is KnowledgeGraph.Sparql.Results.SolutionSequence rows ? int.Parse(((KnowledgeGraph.Rdf.Model.Literal)rows.Rows.Single()["n"]!).LexicalForm, System.Globalization.CultureInfo.InvariantCulture) : -1;
        Assert.InRange(expected, 1, all - 1);
        Assert.Equal(expected, data.GetProperty("totalCount").GetInt32());
        Assert.All(data.GetProperty("edges").EnumerateArray(), e => Assert.Contains(
            e.GetProperty("node").GetProperty("source").EnumerateArray(),
            s => string.CompareOrdinal(s.GetProperty("datePublished").GetString(), "2021-07-21") <= 0));
        var nested = seed.Service.Data("""
            { event(id: "https://w3id.org/newskg/id/event/kabul-rocket-attack-2021-07-20") { now: claims(first: 50) { id } then: claims(first: 50, asOf: "2021-07-21") { id } } }
            """).GetProperty("event");
        Assert.True(nested.GetProperty("then").GetArrayLength() < nested.GetProperty("now").GetArrayLength());
    }

    [Fact]
    public void Contradictions_go_both_ways_and_keep_their_stance()
    {
        const string Claim = "https://w3id.org/newskg/id/claim/";
        var data = seed.Service.Data($$"""
            { denied: claim(id: "{{Claim}}hh-garmsir-recapture-denied") { stance contradictions { id stance } }
              reported: claim(id: "{{Claim}}garmsir-recapture-reported") { contradictions { id stance } }
              isis: claim(id: "{{Claim}}isis-responsibility") { contradictions { id } } }
            """);
        var denied = data.GetProperty("denied");
        Assert.Equal("DENIES", denied.GetProperty("stance").GetString());
        var ids = denied.GetProperty("contradictions").Strings("id");
        Assert.Contains(Claim + "garmsir-recapture-reported", ids);
        Assert.Contains(Claim + "hh-garmsir-recapture-confirmed", ids);
        Assert.Contains(Claim + "hh-garmsir-recapture-denied", data.GetProperty("reported").GetProperty("contradictions").Strings("id"));
        // ISIS claiming the attack and the Taliban denying it are about different perpetrators: no contradiction.
        Assert.DoesNotContain(Claim + "taliban-denial", data.GetProperty("isis").GetProperty("contradictions").Strings("id"));
    }
}
