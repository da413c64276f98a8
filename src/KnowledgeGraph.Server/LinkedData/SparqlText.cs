using System.Text;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Server.LinkedData;

/// <summary>
/// Spelling terms into SPARQL text. Every value from a request or from the data reaches a query only through here:
/// IRIs with characters SPARQL forbids in <c>&lt;…&gt;</c> are refused, strings are escaped.
/// </summary>
public static class SparqlText
{
    public const string Prefixes = """
PREFIX kg: <https://w3id.org/newskg/ont#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <http://schema.org/>

""";

    public static string Iri(Iri iri)
    {
        foreach (var c in iri.Value)
        {
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`')
            {
                throw new ArgumentException($"The IRI '{iri.Value}' contains '{c}', which SPARQL does not allow in an IRI reference.", nameof(iri));
            }
        }

        return "<" + iri.Value + ">";
    }

    /// <summary>True when <paramref name="iri"/> can be written as <c>&lt;…&gt;</c>.</summary>
    public static bool CanWrite(Iri iri) => !iri.Value.Any(c => c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`');

    public static string String(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return sb.Append('"').ToString();
    }

    /// <summary>A <c>VALUES ?name { … }</c> block over IRIs (those SPARQL cannot spell are left out).</summary>
    public static string Values(string name, IEnumerable<Iri> iris) =>
        "VALUES ?" + name + " { " + string.Join(' ', iris.Where(CanWrite).Select(Iri)) + " }";
}
