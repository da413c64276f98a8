using KnowledgeGraph.Rdf.Iris;
using KnowledgeGraph.Rdf.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace KnowledgeGraph.Server.Protocol;

/// <summary>
/// One SPARQL Protocol operation read from a request: a query or an update, and its dataset parameters.
/// Reading checks what the protocol forbids (both a query and an update, a repeated query, an update by GET,
/// unknown body media types) and reports it as a <see cref="ProtocolError"/>.
/// </summary>
public sealed record SparqlProtocolRequest(
    string? Query,
    string? Update,
    IReadOnlyList<string> DefaultGraphUris,
    IReadOnlyList<string> NamedGraphUris,
    IReadOnlyList<string> UsingGraphUris,
    IReadOnlyList<string> UsingNamedGraphUris)
{
    public const string QueryMediaType = "application/sparql-query";
    public const string UpdateMediaType = "application/sparql-update";
    public const string FormMediaType = "application/x-www-form-urlencoded";

    /// <summary>The protocol's dataset for a query; unspecified when neither parameter is given (FROM applies).</summary>
    public ProtocolDataset QueryDataset => ToDataset(DefaultGraphUris, NamedGraphUris);

    public ProtocolDataset UsingDataset => ToDataset(UsingGraphUris, UsingNamedGraphUris);

    /// <summary>A canonical string of the dataset parameters (part of the cache key and ETag).</summary>
    public string DatasetKey =>
        string.Join('\n', DefaultGraphUris) + "\u0001" + string.Join('\n', NamedGraphUris);

    public static async Task<SparqlProtocolRequest> ReadAsync(HttpRequest request, long maxBodyBytes, CancellationToken cancel)
    {
        var parameters = request.Query;
        string? bodyQuery = null;
        string? bodyUpdate = null;
        if (HttpMethods.IsPost(request.Method))
        {
            var mediaType = MediaTypeOf(request.ContentType);
            switch (mediaType)
            {
                case FormMediaType:
                    var form = await request.ReadFormAsync(cancel).ConfigureAwait(false);
                    parameters = Merge(parameters, form);
                    break;
                case QueryMediaType:
                    bodyQuery = await ReadBodyAsync(request, maxBodyBytes, cancel).ConfigureAwait(false);
                    break;
                case UpdateMediaType:
                    bodyUpdate = await ReadBodyAsync(request, maxBodyBytes, cancel).ConfigureAwait(false);
                    break;
                case null:
                    throw new ProtocolError(StatusCodes.Status415UnsupportedMediaType,
                        $"A POST to the SPARQL endpoint needs a Content-Type: {FormMediaType}, {QueryMediaType} or {UpdateMediaType}.");
                default:
                    throw new ProtocolError(StatusCodes.Status415UnsupportedMediaType,
                        $"Content-Type '{mediaType}' is not a SPARQL Protocol body: use {FormMediaType}, {QueryMediaType} or {UpdateMediaType}.");
            }
        }

        var queries = parameters["query"];
        var updates = parameters["update"];
        if (queries.Count > 1)
        {
            throw new ProtocolError(StatusCodes.Status400BadRequest, "The request has more than one 'query' parameter.");
        }

        if (updates.Count > 1)
        {
            throw new ProtocolError(StatusCodes.Status400BadRequest, "The request has more than one 'update' parameter.");
        }

        var query = bodyQuery ?? (queries.Count == 1 ? queries[0] : null);
        var update = bodyUpdate ?? (updates.Count == 1 ? updates[0] : null);
        if ((bodyQuery is not null && queries.Count > 0) || (bodyUpdate is not null && updates.Count > 0))
        {
            throw new ProtocolError(StatusCodes.Status400BadRequest, "The request carries the operation both in its body and as a parameter.");
        }

        if (query is not null && update is not null)
        {
            throw new ProtocolError(StatusCodes.Status400BadRequest, "A request carries either a query or an update, not both.");
        }

        if (update is not null && !HttpMethods.IsPost(request.Method))
        {
            throw new ProtocolError(StatusCodes.Status400BadRequest, "Updates must be sent with POST (form or application/sparql-update), never GET.");
        }

        var result = new SparqlProtocolRequest(
            query,
            update,
            Iris(parameters["default-graph-uri"], "default-graph-uri"),
            Iris(parameters["named-graph-uri"], "named-graph-uri"),
            Iris(parameters["using-graph-uri"], "using-graph-uri"),
            Iris(parameters["using-named-graph-uri"], "using-named-graph-uri"));
        if (update is not null && (result.DefaultGraphUris.Count > 0 || result.NamedGraphUris.Count > 0))
        {
            throw new ProtocolError(StatusCodes.Status400BadRequest, "An update takes using-graph-uri/using-named-graph-uri, not default-graph-uri/named-graph-uri.");
        }

        if (query is not null && (result.UsingGraphUris.Count > 0 || result.UsingNamedGraphUris.Count > 0))
        {
            throw new ProtocolError(StatusCodes.Status400BadRequest, "A query takes default-graph-uri/named-graph-uri, not using-graph-uri/using-named-graph-uri.");
        }

        return result;
    }

    /// <summary>The media type of a Content-Type header without parameters, lower-cased; null when absent.</summary>
    public static string? MediaTypeOf(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        return (semicolon < 0 ? contentType : contentType[..semicolon]).Trim().ToLowerInvariant();
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request, long maxBodyBytes, CancellationToken cancel)
    {
        if (request.ContentLength > maxBodyBytes)
        {
            throw new ProtocolError(StatusCodes.Status413PayloadTooLarge, $"The body is larger than the limit of {maxBodyBytes} bytes.");
        }

        // The protocol says the body is UTF-8; a declared other charset is refused rather than misread.
        if (Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed)
            && parsed.Charset.HasValue
            && !parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !parsed.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            throw new ProtocolError(StatusCodes.Status415UnsupportedMediaType, $"The body must be UTF-8, not '{parsed.Charset}'.");
        }

        using var reader = new StreamReader(request.Body, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
        try
        {
            return await reader.ReadToEndAsync(cancel).ConfigureAwait(false);
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new ProtocolError(StatusCodes.Status400BadRequest, "The body is not valid UTF-8.");
        }
    }

    private static IQueryCollection Merge(IQueryCollection query, IFormCollection form)
    {
        var merged = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var (k, v) in query)
        {
            merged[k] = v;
        }

        foreach (var (k, v) in form)
        {
            merged[k] = merged.TryGetValue(k, out var existing) ? StringValues.Concat(existing, v) : v;
        }

        return new QueryCollection(merged);
    }

    private static string[] Iris(StringValues values, string parameter)
    {
        var result = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i] ?? string.Empty;
            if (IriSyntax.ValidateAbsolute(value) is { } problem)
            {
                throw new ProtocolError(StatusCodes.Status400BadRequest, $"{parameter} '{value}' is not an absolute IRI: {problem}");
            }

            result[i] = value;
        }

        return result;
    }

    private static ProtocolDataset ToDataset(IReadOnlyList<string> defaults, IReadOnlyList<string> named) =>
        defaults.Count == 0 && named.Count == 0
            ? ProtocolDataset.Unspecified
            : new ProtocolDataset(defaults.Select(i => new Iri(i)).ToArray(), named.Select(i => new Iri(i)).ToArray());
}
