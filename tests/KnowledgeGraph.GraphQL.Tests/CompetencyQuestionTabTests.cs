using KnowledgeGraph.Server.Endpoints;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>Every default GraphiQL tab (the competency questions in GraphQL) runs without errors on the seed data and finds what its question asks for.</summary>
public sealed class CompetencyQuestionTabTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    public static TheoryData<string, string> Expected() => new()
    {
        { "CQ1", "claim/taliban-denial" },
        { "CQ2", "claim/isis-responsibility" },
        { "CQ3", "event/najrab-capture-2021-07-19" },
        { "CQ4", "event/garmsir-recapture-2021-07-20" },
        { "CQ5", "event/helicopters-destroyed-2021-07" },
        { "CQ6", "claim/taliban-defections" },
        { "CQ7", "claim/hh-garmsir-recapture-denied" },
        { "CQ8", "claim/kc-rocket-count" },
        { "CQ9", "doc/southfront-2021-07-21" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Tab_answers_its_competency_question(string title, string expectedIri)
    {
        var tab = Assert.Single(CompetencyQuestionTabs.Questions, q => q.Title == title);
        var data = seed.Service.Data(tab.Query); // asserts there are no errors
        Assert.Contains("https://w3id.org/newskg/id/" + expectedIri, data.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void There_is_a_tab_per_competency_question_file()
    {
        var files = Directory.GetFiles(Path.Combine(SeedFixture.RepoRoot(), "ontology", "queries"), "cq*.rq").Length;
        Assert.Equal(files, CompetencyQuestionTabs.Questions.Count);
        Assert.DoesNotContain("</script", CompetencyQuestionTabs.Json, StringComparison.OrdinalIgnoreCase);
    }
}
