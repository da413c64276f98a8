using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Tests;

/// <summary>
/// A document is validated once: later executions of the same text skip the validation rules. What must still hold:
/// an invalid document is refused every time (it is never marked valid), and variable values are still checked on
/// every request.
/// </summary>
public sealed class ValidationOnceTests(SeedFixture seed) : IClassFixture<SeedFixture>
{
    [Fact]
    public async Task An_invalid_document_is_refused_every_time()
    {
        for (var i = 0; i < 3; i++)
        {
            // explain: true keeps the result cache out of the way, so each request really executes.
            var response = await seed.Service.ExecuteAsync("{ events(first: 1) { noSuchField } }", explain: true);
            Assert.True(response.HasErrors, response.Json);
            Assert.Contains("noSuchField", response.Json, StringComparison.Ordinal);
            Assert.DoesNotContain("\"data\":{", response.Json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_valid_document_still_checks_its_variables_on_every_request()
    {
        const string query = "query($n: Int!) { events(first: $n) { edges { node { id } } } }";
        var first = await seed.Service.ExecuteAsync(query, variablesJson: "{\"n\": 1}", explain: true);
        Assert.False(first.HasErrors, first.Json);
        Assert.Equal(1, Edges(first.Json));

        var wrong = await seed.Service.ExecuteAsync(query, variablesJson: "{\"n\": \"many\"}", explain: true);
        Assert.True(wrong.HasErrors, wrong.Json);
        Assert.Contains("$n", wrong.Json, StringComparison.Ordinal);

        var missing = await seed.Service.ExecuteAsync(query, explain: true);
        Assert.True(missing.HasErrors, missing.Json);

        var second = await seed.Service.ExecuteAsync(query, variablesJson: "{\"n\": 2}", explain: true);
        Assert.False(second.HasErrors, second.Json);
        Assert.Equal(2, Edges(second.Json));
    }

    private static int Edges(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("data").GetProperty("events").GetProperty("edges").GetArrayLength();
    }
}
