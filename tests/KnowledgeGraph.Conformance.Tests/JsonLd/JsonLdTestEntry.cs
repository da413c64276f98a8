using System.Text.Json;

namespace KnowledgeGraph.Conformance.Tests.JsonLd;

/// <summary>One entry of a W3C JSON-LD manifest, read with System.Text.Json (the manifests are JSON-LD).</summary>
public sealed record JsonLdTestEntry(
    string Id,
    string Suite,
    string Name,
    IReadOnlyList<string> Types,
    string Input,
    string? Expect,
    string? ExpectErrorCode,
    IReadOnlyDictionary<string, JsonElement> Options,
    string SuiteDirectory)
{
    /// <summary>The IRI the suite gives every test document: this base plus the document's path.</summary>
    public const string SuiteBaseIri = "https://w3c.github.io/json-ld-api/tests/";

    public bool IsNegative => Types.Contains("jld:NegativeEvaluationTest");

    public bool IsSyntaxOnly => Types.Contains("jld:PositiveSyntaxTest");

    public string InputPath => Path.Combine(SuiteDirectory, Input);

    public string? ExpectPath => Expect is null ? null : Path.Combine(SuiteDirectory, Expect);

    public string InputIri => SuiteBaseIri + Input;

    public string? Option(string name) =>
        Options.TryGetValue(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => v.GetRawText(),
        } : null;

    public override string ToString() => Id;
}
