using System.Net;

namespace KnowledgeGraph.Remote.Tests;

/// <summary>
/// The competency questions (ontology/queries/cq*.rq) through our /sparql on the embedded store and on Virtuoso,
/// same seed data: the canonical answers must be equal, and not empty.
/// </summary>
[Collection(VirtuosoCollection.Name)]
public sealed class CompetencyQuestionTests(VirtuosoFixture fixture)
{
    public static TheoryData<string> Questions()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Servers.RepoRoot(), "ontology", "queries"), "cq*.rq").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Questions))]
    public async Task Same_answers_on_Virtuoso_as_on_the_embedded_store(string file)
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        var query = await File.ReadAllTextAsync(Path.Combine(Servers.RepoRoot(), "ontology", "queries", file));
        var embedded = await AskAsync(fixture.Embedded!.Client, query);
        var remote = await AskAsync(fixture.Remote!.Client, query);

        var expected = Canonical.Rows(embedded, out var expectedVariables);
        var actual = Canonical.Rows(remote, out var actualVariables);
        Assert.NotEmpty(expected);
        Assert.Equal(expectedVariables, actualVariables);
        Assert.Equal(string.Join("\n", expected), string.Join("\n", actual));
    }

    private static async Task<string> AskAsync(HttpClient client, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sparql") { Content = new FormUrlEncodedContent([new("query", query)]) };
        request.Headers.Accept.ParseAdd("application/sparql-results+json");
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{client.BaseAddress}: {(int)response.StatusCode} {body}");
        return body;
    }
}
