using System.Net;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Rdf.Vocabulary;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Remote;

/// <summary>
/// How one kind of remote store differs from plain SPARQL 1.1 Protocol, Update and Graph Store Protocol. This base
/// class is the standard behaviour (Fuseki, GraphDB, Oxigraph, QLever, Neptune need nothing else); a store with
/// quirks gets exactly one subclass that overrides what differs (<see cref="VirtuosoDialect"/>), so the rest of the
/// client and everything above it stays dialect-free.
/// </summary>
public partial class SparqlDialect
{
    public static SparqlDialect Standard { get; } = new();

    /// <summary>A dialect by name, for configuration: <c>standard</c> or <c>virtuoso</c>.</summary>
    public static SparqlDialect Find(string? name, string? defaultGraphIri = null) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "standard" or "sparql11" => Standard,
        "virtuoso" => new VirtuosoDialect(defaultGraphIri ?? VirtuosoDialect.DefaultGraphStandIn),
        _ => throw new ArgumentException($"Unknown remote store dialect '{name}': expected 'standard' or 'virtuoso'."),
    };

    public virtual string Name => "standard";

    /// <summary>
    /// Whether a query without FROM or dataset parameters reads the union of all graphs. Standard stores vary by
    /// configuration (Fuseki's unionDefaultGraph, GraphDB yes, Oxigraph no): the standard dialect says no and the
    /// operator documents it; Virtuoso always does.
    /// </summary>
    public virtual bool DefaultGraphIsUnion => false;

    /// <summary>The graph a write to <paramref name="graph"/> really goes to (a stand-in IRI when the store has no default graph).</summary>
    public virtual Term StoredGraph(Term graph) => graph;

    /// <summary>
    /// Query text whose default graph is the store's real default graph only, not the union of all graphs, for
    /// callers that asked for that (our embedded store's default). Standard stores already work that way (a store
    /// configured for a union default graph cannot be told otherwise in SPARQL 1.1: documented).
    /// </summary>
    public virtual string DefaultGraphOnly(string text) => text;

    /// <summary>Query text as the store must receive it: <see cref="PrepareText"/>, and whatever its queries need besides.</summary>
    public virtual string PrepareQuery(string text) => PrepareText(text);

    /// <summary>Update text as the store must receive it: <see cref="PrepareText"/>, and whatever its updates need besides.</summary>
    public virtual string PrepareUpdate(string text) => PrepareText(text);

    /// <summary>A graph the store keeps for itself (not user data): left out of whole-store dumps.</summary>
    public virtual bool IsSystemGraph(Term graph) => false;

    /// <summary>The Graph Store Protocol URL for one graph (indirect identification, section 4.2).</summary>
    public virtual Uri GraphStoreUrl(Uri endpoint, Term graph)
    {
        var separator = string.IsNullOrEmpty(endpoint.Query) ? "?" : "&";
        return StoredGraph(graph) switch
        {
            DefaultGraph => new Uri(endpoint + separator + "default"),
            Iri iri => new Uri(endpoint + separator + "graph=" + Uri.EscapeDataString(iri.Value)),
            var other => throw new ArgumentException($"A Graph Store request addresses a graph by IRI, not {other}."),
        };
    }

    /// <summary>
    /// The readable part of an error answer: problem JSON's detail, the text of an HTML page, or the plain body,
    /// shortened to one paragraph.
    /// </summary>
    public virtual string ErrorMessage(HttpStatusCode status, string? mediaType, string body)
    {
        var text = body;
        if (mediaType is not null && mediaType.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            text = WebUtility.HtmlDecode(Tags().Replace(body, " "));
        }

        text = Spaces().Replace(text, " ").Trim();
        if (text.Length == 0)
        {
            return "(no message)";
        }

        return text.Length <= 600 ? text : text[..600] + "...";
    }

    /// <summary>A term as it must be written to the store (the inverse of <see cref="NormalizeTerm"/>).</summary>
    public virtual Term PrepareTerm(Term term) => term;

    /// <summary>A quad as it must be written to the store.</summary>
    public Quad PrepareQuad(in Quad quad) => new(PrepareTerm(quad.Subject), quad.Predicate, PrepareTerm(quad.Obj), quad.Graph);

    /// <summary>Query or update text as the store must receive it (IRIs it treats specially swapped for stand-ins).</summary>
    public virtual string PrepareText(string text) => text;

    /// <summary>A term as the store gave it, put right (blank-node spellings, datatypes).</summary>
    public virtual Term NormalizeTerm(Term term) => term;

    /// <summary>Whether the store answers boolean expressions (EXISTS, comparisons) with xsd:integer 1/0 (Virtuoso does).</summary>
    public virtual bool GivesBooleansAsIntegers => false;

    /// <summary>
    /// Applies <see cref="NormalizeTerm"/> to every term of a result, lazily, and turns 1/0 integers back into booleans
    /// for <paramref name="booleanVariables"/> when <see cref="GivesBooleansAsIntegers"/>.
    /// </summary>
    public QueryResult Normalize(QueryResult result, IReadOnlySet<string>? booleanVariables = null)
    {
        if (GetType() == typeof(SparqlDialect))
        {
            return result;
        }

        var fixBooleans = GivesBooleansAsIntegers && booleanVariables is { Count: > 0 };
        return result switch
        {
            SolutionSequence s => new SolutionSequence(s.Variables, s.Rows.Select(row =>
            {
                var values = new Term?[row.Count];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = row[i] is { } t ? NormalizeTerm(t) : null;
                    if (fixBooleans && values[i] is Literal { Language: null } l && booleanVariables!.Contains(s.Variables[i])
                        && l.Datatype.Value == Xsd.IntegerIri && l.LexicalForm is "0" or "1")
                    {
                        values[i] = new Literal(l.LexicalForm == "1" ? "true" : "false", Xsd.Boolean);
                    }
                }

                return new SolutionRow(s.Variables, values);
            })),
            GraphResult g => new GraphResult(g.Quads.Select(q => new Quad(NormalizeTerm(q.Subject), q.Predicate, NormalizeTerm(q.Obj), q.Graph)), g.Prefixes),
            _ => result,
        };
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
