using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Server.Protocol;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Graphs;

/// <summary>
/// The graph a Graph Store request addresses by indirect identification: <c>?default</c>, <c>?graph=IRI</c>
/// (relative IRIs resolve against the request URL), or neither (the whole store).
/// </summary>
public sealed record GraphTarget(Term? Graph)
{
    public bool IsWholeStore => Graph is null;

    public bool IsDefault => Graph is DefaultGraph;

    public static GraphTarget From(HttpRequest request)
    {
        var hasDefault = request.Query.ContainsKey("default");
        var graphs = request.Query["graph"];
        if (hasDefault && graphs.Count > 0)
        {
            throw new ProtocolError(StatusCodes.Status400BadRequest, "Give either ?default or ?graph=IRI, not both.");
        }

        if (graphs.Count > 1)
        {
            throw new ProtocolError(StatusCodes.Status400BadRequest, "Give one ?graph=IRI, not several.");
        }

        if (hasDefault)
        {
            return new GraphTarget(DefaultGraph.Instance);
        }

        if (graphs.Count == 0)
        {
            return new GraphTarget((Term?)null);
        }

        var value = graphs[0] ?? string.Empty;
        var iri = IriSyntax.IsAbsolute(value) ? value : IriSyntax.Resolve(RequestUrl(request), value);
        if (IriSyntax.ValidateAbsolute(iri) is { } problem)
        {
            throw new ProtocolError(StatusCodes.Status400BadRequest, $"?graph='{value}' is not an IRI: {problem}");
        }

        return new GraphTarget(new Iri(iri));
    }

    public static string RequestUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}";

    public override string ToString() => Graph switch
    {
        null => "the whole store",
        DefaultGraph => "the default graph",
        _ => Graph.ToString(),
    };
}
