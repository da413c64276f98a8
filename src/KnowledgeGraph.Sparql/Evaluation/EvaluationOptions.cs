namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>Limits and switches for one query evaluation.</summary>
public sealed record EvaluationOptions
{
    public static EvaluationOptions Default { get; } = new();

    /// <summary>Stop the query after this long (checked in the pull loops); null for no timeout.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The most rows ORDER BY, GROUP BY, DISTINCT and hash joins may hold in memory.</summary>
    public long MaxMaterializedRows { get; init; } = 50_000_000;

    /// <summary>When false the algebra is evaluated as translated, without the optimizer's rewrites.</summary>
    public bool Optimize { get; init; } = true;

    /// <summary>Fixes NOW() (for reproducible tests); null for the wall clock.</summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Cancels the query; checked in the pull loops.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Runs SERVICE patterns (the host's policy decides which endpoints); null makes SERVICE fail as disabled.</summary>
    public IServiceExecutor? ServiceExecutor { get; init; }

    /// <summary>Seeds RAND(); null for a random seed.</summary>
    public int? RandomSeed { get; init; }
}
