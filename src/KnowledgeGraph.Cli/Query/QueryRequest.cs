using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Cli.Query;

/// <summary>
/// What <c>kg query</c> was asked to do, options checked. <see cref="QuerySourceName"/> (the query file) prefixes
/// parse errors; <see cref="QueryBaseIri"/> (its <c>file:</c> IRI) resolves the query's relative IRIs.
/// </summary>
public sealed record QueryRequest(
    string? StoreDirectory,
    IReadOnlyList<string> DataFiles,
    string QueryText,
    string? QuerySourceName,
    string? QueryBaseIri,
    QueryResultOutput? Output,
    bool Explain,
    TimeSpan? Timeout,
    string? OutputPath,
    bool UnionDefaultGraph = false,
    IReadOnlyList<string>? ServiceAllowList = null,
    bool ServiceAllowPrivateNetworks = false);
