using System.Text;
using System.Text.Json;
using GraphQL;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.GraphQL.Compilation;

/// <summary>
/// A keyset cursor: the sort key values of the last row and its IRI (never an offset), so a page stays correct when
/// rows are inserted or removed before it. Encoded as base64url JSON of [lexical, datatype, language] per key.
/// </summary>
public sealed record Cursor(IReadOnlyList<Literal?> Keys, string Iri)
{
    public string Encode()
    {
        var parts = Keys.Select(k => k is null ? null : new[] { k.LexicalForm, k.Datatype.Value, k.Language }).ToList();
        var json = JsonSerializer.Serialize(new CursorJson(parts, Iri));
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static Cursor Decode(string text)
    {
        try
        {
            var b64 = text.Replace('-', '+').Replace('_', '/');
            b64 = b64.PadRight(b64.Length + (4 - b64.Length % 4) % 4, '=');
            var json = JsonSerializer.Deserialize<CursorJson>(Encoding.UTF8.GetString(Convert.FromBase64String(b64)))
                ?? throw new FormatException("empty");
            var keys = json.K.Select(k => k is null ? null
                : k[2] is { } lang ? new Literal(k[0]!, lang) : new Literal(k[0]!, new Iri(k[1]!))).ToList();
            return new Cursor(keys, json.I);
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            throw new ExecutionError($"The 'after' cursor '{text}' is not a cursor this server issued.");
        }
    }

    private sealed record CursorJson(List<string?[]?> K, string I);
}
