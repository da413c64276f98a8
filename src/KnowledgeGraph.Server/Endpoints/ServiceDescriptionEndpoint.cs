using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Server.Graphs;
using KnowledgeGraph.Server.Options;
using KnowledgeGraph.Server.Protocol;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Endpoints;

/// <summary>
/// The SPARQL 1.1 Service Description (<c>sd:</c>) of this endpoint, answered to a GET of <c>/sparql</c>
/// without a query: endpoint, languages, result and input formats, features, the default dataset.
/// </summary>
public static class ServiceDescriptionEndpoint
{
    private const string Sd = "http://www.w3.org/ns/sparql-service-description#";
    private const string Formats = "http://www.w3.org/ns/formats/";

    public static IResult Describe(HttpContext context, ServerOptions options)
    {
        var format = RdfNegotiation.Choose(context.Request.Headers.Accept, RdfFormat.Turtle);
        if (format is null)
        {
            return Problems.Create(StatusCodes.Status406NotAcceptable, "Not acceptable",
                "The Service Description is RDF: accept " + string.Join(", ", RdfWriters.Supported.Select(f => f.MediaType)) + ".");
        }

        var text = new StringWriter();
        using (var writer = RdfWriters.Create(format, text, new RdfWriterOptions { Prefixes = new Dictionary<string, string> { ["sd"] = Sd, ["formats"] = Formats } }))
        {
            foreach (var triple in Triples(new Iri(GraphTarget.RequestUrl(context.Request)), options))
            {
                writer.Write(new Quad(triple.Subject, triple.Predicate, triple.Obj));
            }

            writer.Finish();
        }

        return Results.Text(text.ToString(), RdfNegotiation.ContentType(format), Encoding.UTF8);
    }

    public static IEnumerable<Triple> Triples(Iri endpoint, ServerOptions options)
    {
        var service = new BlankNode("service");
        var dataset = new BlankNode("dataset");
        var graph = new BlankNode("defaultGraph");
        static Iri S(string local) => new(Sd + local);
        var type = new Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        yield return new Triple(service, type, S("Service"));
        yield return new Triple(service, S("endpoint"), endpoint);
        yield return new Triple(service, S("supportedLanguage"), S("SPARQL11Query"));
        if (!options.ReadOnly)
        {
            yield return new Triple(service, S("supportedLanguage"), S("SPARQL11Update"));
        }

        foreach (var name in new[] { "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV" }.Concat(RdfWriters.Supported.Select(FormatName)))
        {
            yield return new Triple(service, S("resultFormat"), new Iri(Formats + name));
        }

        foreach (var format in RdfFormat.All.Where(RdfReaders.CanRead))
        {
            yield return new Triple(service, S("inputFormat"), new Iri(Formats + FormatName(format)));
        }

        // BasicFederatedQuery only when SERVICE is on, and then only to allow-listed endpoints.
        if (options.ServiceEnabled)
        {
            yield return new Triple(service, S("feature"), S("BasicFederatedQuery"));
        }

        yield return new Triple(service, S("defaultDataset"), dataset);
        yield return new Triple(dataset, type, S("Dataset"));
        yield return new Triple(dataset, S("defaultGraph"), graph);
        yield return new Triple(graph, type, S("Graph"));
    }

    /// <summary>The name of a format in the W3C formats namespace (http://www.w3.org/ns/formats/).</summary>
    private static string FormatName(RdfFormat format) => format.DisplayName.Replace("/", "_", StringComparison.Ordinal);
}
