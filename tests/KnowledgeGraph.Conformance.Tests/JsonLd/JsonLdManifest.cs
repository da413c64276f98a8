using System.Text.Json;

namespace KnowledgeGraph.Conformance.Tests.JsonLd;

/// <summary>Reads <c>toRdf-manifest.jsonld</c> and <c>fromRdf-manifest.jsonld</c> as plain JSON.</summary>
public static class JsonLdManifest
{
    public const string ToRdf = "json-ld-toRdf";
    public const string FromRdf = "json-ld-fromRdf";

    public static IReadOnlyList<string> Suites { get; } = [ToRdf, FromRdf];

    /// <summary>Where the JSON-LD tests live under the root of the W3C copy.</summary>
    public static string Directory(string root) => Path.Combine(root, "json-ld", "tests");

    public static string FileName(string suite) => suite switch
    {
        ToRdf => "toRdf-manifest.jsonld",
        FromRdf => "fromRdf-manifest.jsonld",
        _ => throw new ArgumentException($"unknown JSON-LD suite '{suite}'", nameof(suite)),
    };

    public static IReadOnlyList<JsonLdTestEntry> Read(string root, string suite)
    {
        var directory = Directory(root);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, FileName(suite))));
        var entries = new List<JsonLdTestEntry>();
        foreach (var test in doc.RootElement.GetProperty("sequence").EnumerateArray())
        {
            var types = test.GetProperty("@type").EnumerateArray().Select(t => t.GetString()!).ToList();
            var options = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            if (test.TryGetProperty("option", out var option))
            {
                foreach (var p in option.EnumerateObject())
                {
                    options[p.Name] = p.Value.Clone();
                }
            }

            entries.Add(new JsonLdTestEntry(
                suite + test.GetProperty("@id").GetString(),
                suite,
                test.TryGetProperty("name", out var name) ? name.GetString() ?? string.Empty : string.Empty,
                types,
                test.GetProperty("input").GetString()!,
                test.TryGetProperty("expect", out var expect) ? expect.GetString() : null,
                test.TryGetProperty("expectErrorCode", out var code) ? code.GetString() : null,
                options,
                directory));
        }

        return entries;
    }
}
