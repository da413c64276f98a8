using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Cli.Query;

/// <summary>What <c>kg query</c> was asked to do, options checked.</summary>
public sealed record QueryRequest(
    string? StoreDirectory,
    IReadOnlyList<string> DataFiles,
    string QueryText,
    QueryResultOutput? Output,
    bool Explain,
    TimeSpan? Timeout,
    string? OutputPath);
