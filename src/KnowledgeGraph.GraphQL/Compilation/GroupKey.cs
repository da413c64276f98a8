using GraphQL;

namespace KnowledgeGraph.GraphQL.Compilation;

/// <summary>One group-by key of an aggregate: a field, optionally bucketed by YEAR, MONTH or DAY when it holds dates.</summary>
public sealed record GroupKey(string Field, string? Bucket)
{
    public static readonly IReadOnlyList<string> Buckets = ["YEAR", "MONTH", "DAY"];

    /// <summary>How many leading characters of an ISO 8601 lexical form make the bucket (2021 / 2021-07 / 2021-07-20).</summary>
    public static int Length(string bucket) => bucket switch
    {
        "YEAR" => 4,
        "MONTH" => 7,
        "DAY" => 10,
        _ => throw new ExecutionError($"Unknown date bucket '{bucket}': expected YEAR, MONTH or DAY."),
    };
}
