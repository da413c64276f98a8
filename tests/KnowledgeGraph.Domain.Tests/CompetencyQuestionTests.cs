using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Store.Lmdb;
using KnowledgeGraph.Store.Loading;
using KnowledgeGraph.Store.Sparql;

namespace KnowledgeGraph.Domain.Tests;

/// <summary>
/// The issue's nine competency questions, as the SPARQL files in <c>ontology/queries/</c>, run on the
/// ontology plus all seed data (the union of the named graphs). The expected answers are written by hand
/// from the articles (the seed article and the two illustrative ones), not taken from the engine.
/// They run on the embedded store, as the server does: the files are bulk-loaded into a real LMDB store in a
/// temp folder and queried through a store snapshot.
/// </summary>
public sealed class CompetencyQuestionTests
{
    private const string Id = "https://w3id.org/newskg/id/";
    private const string Vocab = "https://w3id.org/newskg/vocab/";

    private static readonly Lazy<SparqlEngine> Engine = new(() => new SparqlEngine(new StoreQuadSource(OpenSeededStore().OpenSnapshot())));

    /// <summary>Rows of the query's answer: each variable to a short string (IRIs without the instance base, literals' lexical forms).</summary>
    private static List<Dictionary<string, string>> Ask(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepoFiles.QueriesDirectory, file));
        var result = Engine.Value.Query(text, dataset: new QueryDataset(UnionDefaultGraph: true));
        var rows = Assert.IsType<SolutionSequence>(result).Rows.ToList();
        return [.. rows.Select(row => row.Bindings.ToDictionary(b => b.Key, b => Short(b.Value)))];
    }

    private static string Short(Term term) => term switch
    {
        Iri iri when iri.Value.StartsWith(Id, StringComparison.Ordinal) => iri.Value[Id.Length..],
        Iri iri when iri.Value.StartsWith(Vocab, StringComparison.Ordinal) => "kgv:" + iri.Value[Vocab.Length..],
        Iri iri => iri.Value,
        Literal literal => literal.LexicalForm,
        _ => term.ToString(),
    };

    /// <summary>The ontology and all seed files loaded, in one transaction, into an LMDB store that lives as long as the test run.</summary>
    private static LmdbQuadStore OpenSeededStore()
    {
        var folder = Directory.CreateTempSubdirectory("kg-cq-store-").FullName;
        var store = LmdbQuadStore.Open(folder);
        BulkLoader.Load(store, RepoFiles.SeedData.Prepend(RepoFiles.Ontology).Select(f => LoadSource.FromFile(f)).ToList());
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            store.Dispose();
            Directory.Delete(folder, recursive: true);
        };
        return store;
    }

    private static string Row(Dictionary<string, string> row, params string[] variables) =>
        string.Join(" | ", variables.Select(v => row.GetValueOrDefault(v, "-")));

    [Fact]
    public void All_nine_questions_have_a_query_file_stating_the_question()
    {
        var files = Directory.GetFiles(RepoFiles.QueriesDirectory, "*.rq");
        Assert.Equal(9, files.Length);
        Assert.All(files, f => Assert.StartsWith("# CQ", File.ReadAllText(f), StringComparison.Ordinal));
    }

    [Fact]
    public void CQ1_the_Taliban_denied_responsibility_citing_their_Eid_ceasefire()
    {
        var rows = Ask("cq1-denial-of-responsibility.rq");
        var row = Assert.Single(rows);
        Assert.Equal("claim/taliban-denial", row["claim"]);
        Assert.Equal("Taliban", row["claimant"]);
        Assert.Equal("claim/taliban-eid-ceasefire", row["grounds"]);
        Assert.Contains("weekend ceasefire over Eid", row["groundsText"], StringComparison.Ordinal);
    }

    [Fact]
    public void CQ2_three_claims_about_the_perpetrator_with_claimant_stance_hedge_outlet_and_date()
    {
        var rows = Ask("cq2-perpetrator-claims.rq").Select(r => Row(r, "claim", "claimant", "stance", "hedge", "perpetrator", "outlet", "published", "originalOutlet"));
        Assert.Equal(
            [
                "claim/kc-taliban-perpetrator | Ministry of Interior Affairs of Afghanistan | kgv:asserts | kgv:unhedged | Taliban | Kabul Chronicle (illustrative outlet) | 2021-07-21 | -",
                "claim/isis-responsibility | Islamic State (ISIS) | kgv:asserts | kgv:allegedly | Islamic State (ISIS) | Global Research | 2021-07-22 | South Front",
                "claim/taliban-denial | Taliban | kgv:denies | kgv:unhedged | Taliban | Global Research | 2021-07-22 | South Front",
            ],
            rows);
    }

    [Fact]
    public void CQ3_four_districts_changed_hands_on_19_and_20_July()
    {
        var rows = Ask("cq3-districts-changing-hands.rq").Select(r => Row(r, "district", "province", "date", "takenBy", "disputed"));
        Assert.Equal(
            [
                "Najrab District | Kapisa Province | 2021-07-19 | Taliban | false",
                "Surkh-e Parsa District | Parwan Province | 2021-07-19 | Afghan National Army | false",
                "Garmsir District | Helmand Province | 2021-07-20 | Afghan National Army | true",
                "Malistan District | Ghazni Province | 2021-07-20 | Afghan National Army | false",
            ],
            rows);
    }

    [Fact]
    public void CQ4_events_in_Helmand_include_those_in_its_districts()
    {
        var rows = Ask("cq4-events-in-helmand.rq").Select(r => Row(r, "event", "where", "date"));
        Assert.Equal(["event/garmsir-recapture-2021-07-20 | Garmsir District | 2021-07-20"], rows);
    }

    [Fact]
    public void CQ5_seven_UH60s_to_the_ANDSF_after_at_least_three_helicopters_were_destroyed()
    {
        var row = Assert.Single(Ask("cq5-helicopter-delivery.rq"));
        Assert.Equal(
            "7 | Sikorsky UH-60 Black Hawk | Afghan government forces (ANDSF) | Kabul | event/helicopters-destroyed-2021-07 | 3",
            Row(row, "count", "model", "recipient", "deliveredTo", "preceding", "destroyedAtLeast"));
    }

    [Fact]
    public void CQ6_the_Taliban_claimed_thousands_of_defections_reported_by_Global_Research_from_South_Front()
    {
        var row = Assert.Single(Ask("cq6-taliban-defection-claim.rq"));
        Assert.Equal("claim/taliban-defections", row["claim"]);
        Assert.Equal("defected and embraced the open arms of the Islamic Emirate", row["quote"]);
        Assert.Equal("2000", row["defectorsAtLeast"]);
        Assert.Equal("Global Research | 2021-07-22 | South Front", Row(row, "outlet", "published", "originalOutlet"));
    }

    [Fact]
    public void CQ7_contradictions_are_the_Taliban_perpetrator_pair_and_the_two_Garmsir_pairs()
    {
        var rows = Ask("cq7-contradictions.rq").Select(r => Row(r, "asserting", "denying", "predicate"));
        Assert.Equal(
            [
                "claim/garmsir-recapture-reported | claim/hh-garmsir-recapture-denied | https://w3id.org/newskg/ont#occurred",
                "claim/hh-garmsir-recapture-confirmed | claim/hh-garmsir-recapture-denied | https://w3id.org/newskg/ont#occurred",
                "claim/kc-taliban-perpetrator | claim/taliban-denial | https://w3id.org/newskg/ont#perpetrator",
            ],
            rows);
    }

    [Fact]
    public void CQ7_every_derived_contradiction_is_also_declared_in_the_data()
    {
        // The illustrative articles state kg:contradicts; the derivation must agree with them.
        var declared = Engine.Value.Query(
            "PREFIX kg: <https://w3id.org/newskg/ont#> SELECT ?a ?b WHERE { ?a kg:contradicts ?b }",
            dataset: new QueryDataset(UnionDefaultGraph: true));
        var pairs = Assert.IsType<SolutionSequence>(declared).Rows
            .Select(r => (Short(r["a"]!), Short(r["b"]!)))
            .ToHashSet();
        foreach (var row in Ask("cq7-contradictions.rq"))
        {
            Assert.True(pairs.Contains((row["asserting"], row["denying"])) || pairs.Contains((row["denying"], row["asserting"])), $"{row["asserting"]} / {row["denying"]}");
        }
    }

    [Fact]
    public void CQ8_on_21_July_the_Helmand_Herald_claims_were_not_yet_known()
    {
        var rows = Ask("cq8-known-as-of.rq");
        var july21 = rows.Where(r => r["asOf"] == "2021-07-21").Select(r => r["claim"]).ToHashSet();
        var july22 = rows.Where(r => r["asOf"] == "2021-07-22").Select(r => r["claim"]).ToHashSet();

        // 20 claims from the seed article (known from the South Front original of 21 July), 3 from the
        // Kabul Chronicle (21 July); the Helmand Herald's 3 claims appear on 22 July.
        Assert.Equal(23, july21.Count);
        Assert.Equal(26, july22.Count);
        Assert.Equal(
            ["claim/hh-garmsir-recapture-confirmed", "claim/hh-garmsir-recapture-denied", "claim/hh-uh60-delivery"],
            july22.Except(july21).Order(StringComparer.Ordinal));
        Assert.Contains("claim/taliban-denial", july21);
        Assert.Contains("claim/kc-taliban-perpetrator", july21);
    }

    [Fact]
    public void CQ9_the_Global_Research_piece_republishes_the_South_Front_original()
    {
        var row = Assert.Single(Ask("cq9-original-source.rq"));
        Assert.Equal(
            "doc/globalresearch-2021-07-22 | Global Research | 2021-07-22 | doc/southfront-2021-07-21 | South Front | 2021-07-21 | South Front",
            Row(row, "republication", "republisher", "republished", "original", "originalPublisher", "originalDate", "author"));
    }
}
