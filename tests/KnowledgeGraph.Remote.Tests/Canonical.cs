using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Remote.Tests;

/// <summary>
/// Puts answers from two stores into a form where equal answers compare equal: SPARQL results as a sorted list of
/// rows (variables by name; blank nodes as "_:" since labels are each store's own; numbers by value, since
/// "1.50" and "1.5" are the same decimal), GraphQL JSON as indented text with object members in order.
/// </summary>
public static class Canonical
{
    public static IReadOnlyList<string> Rows(string sparqlJson, out IReadOnlyList<string> variables)
    {
        var result = SparqlJsonResultsReader.Read(new StringReader(sparqlJson));
        if (result is BooleanResult b)
        {
            variables = [];
            return [b.Value ? "true" : "false"];
        }

        var solutions = (SolutionSequence)result;
        variables = [.. solutions.Variables.Order(StringComparer.Ordinal)];
        var names = variables;
        return [.. solutions.Rows.Select(row => string.Join(" | ", names.Select(n => n + "=" + Term(row[n])))).Order(StringComparer.Ordinal)];
    }

    public static string Term(Term? term) => term switch
    {
        null => "UNBOUND",
        BlankNode => "_:",
        Literal { Language: null } l when IsNumeric(l.Datatype.Value) && decimal.TryParse(l.LexicalForm, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            => "number:" + d.ToString("G29", CultureInfo.InvariantCulture),
        _ => term.ToString(),
    };

    public static string Json(string json)
    {
        var node = JsonNode.Parse(json);
        return Sorted(node)?.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) ?? "null";
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sorted)]),
        null => null,
        _ => node.DeepClone(),
    };

    private static bool IsNumeric(string datatype) => datatype.StartsWith("http://www.w3.org/2001/XMLSchema#", StringComparison.Ordinal)
        && datatype[33..] is "integer" or "decimal" or "double" or "float" or "int" or "long" or "short" or "nonNegativeInteger" or "positiveInteger";
}
