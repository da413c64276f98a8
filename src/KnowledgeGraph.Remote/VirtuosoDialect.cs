using System.Net;
using System.Text.RegularExpressions;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Remote;

/// <summary>
/// Everything Virtuoso 7 does differently from SPARQL 1.1, in one place (docs/scale-out.md lists it):
/// <list type="bullet">
/// <item>GRAPH ?g sees Virtuoso's system graphs and would see the default graph's stand-in: each GRAPH ?g pattern of
/// a query is followed by a FILTER leaving them out (<see cref="PrepareQuery"/>). The union default graph still holds
/// the system graphs' triples (our queries never match them).</item>
/// <item>It has no default graph of its own: the Graph Store endpoint answers <c>?default</c> with 500 ("not configured
/// to have default graph"), and a query without FROM reads the union of every graph (including Virtuoso's own system
/// graphs such as <c>http://www.openlinksw.com/schemas/virtrdf#</c>). Writes to our default graph therefore go to a
/// stand-in named graph (<see cref="DefaultGraphIri"/>), which union-default-graph queries see, as they would see the
/// default graph on our embedded store. A query that must read the default graph alone (the server's
/// UnionDefaultGraph off) gets <c>DEFINE input:default-graph-uri &lt;stand-in&gt;</c> (<see cref="DefaultGraphOnly"/>).</item>
/// <item>Blank nodes come back as <c>nodeID://b10001</c> in results; they are turned back into blank nodes.</item>
/// <item>Errors are HTML pages (the message inside <c>&lt;xmp&gt;</c>) or "Virtuoso 37000 Error SP030: ..." text.</item>
/// <item>Boolean expressions bound to a variable (<c>BIND(EXISTS {...} AS ?x)</c>, comparisons) come back as xsd:integer
/// 1/0: corrected for exactly the variables our parse of the query shows to be boolean (<see cref="BooleanVariables"/>),
/// so a stored integer 1 stays an integer. NOW() has no time zone: not corrected.</item>
/// <item>It parses geo:wktLiteral values into its own geometry type, refusing the CRS-prefixed form GeoSPARQL allows
/// ("RDFGE: RDF box with a geometry RDF type and a non-geometry content") and giving the others back rounded to floats
/// as virtrdf:Geometry. So WKT literals are stored under a stand-in datatype (<see cref="WktStandIn"/>) and mapped back
/// on reading: exact round trips, at the price of Virtuoso's own geo functions (which we do not use). Query and update
/// text naming geo:wktLiteral (full IRI or a prefixed name) is rewritten the same way.</item>
/// <item>A positive FILTER(EXISTS) inside an aggregate/DISTINCT/GROUP BY subquery joined with anything else is ignored;
/// sent as !(NOT EXISTS) instead (<see cref="VirtuosoExistsRewriter"/>).</item>
/// <item>An update template without GRAPH is refused ("SP031: No plain default graph specified in the preamble"): updates
/// get <c>DEFINE input:default-graph-uri &lt;stand-in&gt;</c>, so they write and read our default graph.</item>
/// <item>A UNION branch filtering with isBlank and then binding the blank node does not compile ("SP031: Internal error:
/// sparp_gp_deprecate()"): the filter is scoped to the triple patterns before it (<see cref="VirtuosoBlankFilterRewriter"/>).</item>
/// <item>Writes need the authenticated endpoints (<c>/sparql-auth</c>, <c>/sparql-graph-crud-auth</c>, Digest).</item>
/// </list>
/// </summary>
public sealed partial class VirtuosoDialect(string defaultGraphIri) : SparqlDialect
{
    /// <summary>The stand-in for the default graph unless configured otherwise.</summary>
    public const string DefaultGraphStandIn = "urn:x-kg:default-graph";

    private const string NodeIdPrefix = "nodeID://";

    public const string WktLiteral = "http://www.opengis.net/ont/geosparql#wktLiteral";

    public const string WktStandIn = "urn:x-kg:virtuoso:wktLiteral";

    private static readonly Iri WktIri = new(WktLiteral);

    private static readonly Iri WktStandInIri = new(WktStandIn);

    public string DefaultGraphIri { get; } = defaultGraphIri;

    public override string Name => "virtuoso";

    public override bool DefaultGraphIsUnion => true;

    public override bool GivesBooleansAsIntegers => true;

    /// <summary>Virtuoso's pragma sets the default graph and leaves GRAPH ?g over all graphs: exactly our non-union default.</summary>
    public override string DefaultGraphOnly(string text) => $"DEFINE input:default-graph-uri <{DefaultGraphIri}>\n{text}";

    /// <summary>
    /// Queries leave Virtuoso's system graphs and the default graph's stand-in out of <c>GRAPH ?g</c>
    /// (<see cref="VirtuosoGraphFilter"/>); Virtuoso's own exclusion pragmas are not used: with them
    /// <c>ASK { GRAPH &lt;absent&gt; { ?s ?p ?o } }</c> answers true.
    /// </summary>
    public override string PrepareQuery(string text) =>
        VirtuosoGraphFilter.Rewrite(VirtuosoBlankFilterRewriter.Rewrite(PrepareText(text)), [.. SystemGraphs, DefaultGraphIri]);

    /// <summary>
    /// Virtuoso refuses a DELETE/INSERT template without GRAPH ("SP031: No plain default graph specified in the
    /// preamble"): every update gets the stand-in as its default graph, which is where our default graph lives.
    /// </summary>
    public override string PrepareUpdate(string text) => DefaultGraphOnly(PrepareText(text));

    public override Term StoredGraph(Term graph) => graph is DefaultGraph ? new Iri(DefaultGraphIri) : graph;

    /// <summary>The graphs a fresh Virtuoso 7 database holds for itself.</summary>
    public static IReadOnlyList<string> SystemGraphs { get; } =
        ["http://www.openlinksw.com/schemas/virtrdf#", "http://www.w3.org/ns/ldp#", "http://localhost:8890/sparql", "http://localhost:8890/DAV/"];

    /// <summary>Virtuoso's own graphs (virtrdf quad maps, the system ontologies) all live under openlinksw.com.</summary>
    public override bool IsSystemGraph(Term graph) =>
        graph is Iri iri && (iri.Value.StartsWith("http://www.openlinksw.com/", StringComparison.Ordinal)
            || iri.Value.StartsWith("http://localhost:8890/", StringComparison.Ordinal)
            || iri.Value.StartsWith("http://www.w3.org/ns/ldp", StringComparison.Ordinal));

    public override string ErrorMessage(HttpStatusCode status, string? mediaType, string body)
    {
        // The HTML error page holds the message in <xmp>...</xmp>; the title ("SPARQL Graph Protocol request failed") says little.
        var xmp = Xmp().Match(body);
        if (xmp.Success)
        {
            return base.ErrorMessage(status, "text/plain", WebUtility.HtmlDecode(xmp.Groups[1].Value));
        }

        // "Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error ... \n\nSPARQL query:\n<the whole query>": the echo adds nothing.
        var echo = body.IndexOf("\nSPARQL query:", StringComparison.Ordinal);
        return base.ErrorMessage(status, mediaType, echo > 0 ? body[..echo] : body);
    }

    public override Term PrepareTerm(Term term) =>
        term is Literal { Language: null } l && l.Datatype.Equals(WktIri) ? new Literal(l.LexicalForm, WktStandInIri) : term;

    public override string PrepareText(string text)
    {
        text = VirtuosoExistsRewriter.Rewrite(text);
        if (!text.Contains("wktLiteral", StringComparison.Ordinal))
        {
            return text;
        }

        text = text.Replace("<" + WktLiteral + ">", "<" + WktStandIn + ">", StringComparison.Ordinal);
        foreach (Match prefix in GeoPrefix().Matches(text))
        {
            var name = prefix.Groups[1].Value;
            text = Regex.Replace(text, @"(?<![\w:])" + Regex.Escape(name) + @":wktLiteral\b", "<" + WktStandIn + ">");
        }

        return text;
    }

    public override Term NormalizeTerm(Term term) => term switch
    {
        Literal { Language: null } l when l.Datatype.Equals(WktStandInIri) => new Literal(l.LexicalForm, WktIri),
        Iri iri when iri.Value.StartsWith(NodeIdPrefix, StringComparison.Ordinal) && iri.Value.Length > NodeIdPrefix.Length
            => new BlankNode(iri.Value[NodeIdPrefix.Length..]),
        BlankNode b when b.Label.StartsWith(NodeIdPrefix, StringComparison.Ordinal) && b.Label.Length > NodeIdPrefix.Length
            => new BlankNode(b.Label[NodeIdPrefix.Length..]),
        _ => term,
    };

    [GeneratedRegex(@"PREFIX\s+([A-Za-z][\w.-]*)?\s*:\s*<http://www\.opengis\.net/ont/geosparql#>", RegexOptions.IgnoreCase)]
    private static partial Regex GeoPrefix();

    [GeneratedRegex("<xmp>(.*?)</xmp>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Xmp();
}
