using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.GraphQL.Tests;

internal static class Json
{
    /// <summary>Runs a query and returns its "data" element, failing the test with the errors when there are any.</summary>
    public static JsonElement Data(this KgGraphQLService service, string query, string? variables = null)
    {
        var response = service.ExecuteAsync(query, variablesJson: variables).GetAwaiter().GetResult();
        var doc = JsonDocument.Parse(response.Json).RootElement;
        Assert.False(doc.TryGetProperty("errors", out var errors), response.Json);
        return doc.GetProperty("data");
    }

    public static List<string> Strings(this JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!).ToList();
}
