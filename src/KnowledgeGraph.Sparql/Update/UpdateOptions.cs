using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Update;

/// <summary>Limits and collaborators for one update request.</summary>
public sealed record UpdateOptions
{
    public static UpdateOptions Default { get; } = new();

    /// <summary>Stop the request after this long (nothing is committed then); null for no timeout.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Cancels the request; nothing is committed then.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Fetches LOAD sources; the default refuses ("LOAD is disabled").</summary>
    public IGraphLoader Loader { get; init; } = DisabledGraphLoader.Instance;

    /// <summary>Runs SERVICE patterns in WHERE clauses; null makes SERVICE fail as disabled (see <see cref="Evaluation.EvaluationOptions.ServiceExecutor"/>).</summary>
    public Evaluation.IServiceExecutor? ServiceExecutor { get; init; }

    /// <summary>
    /// The protocol's <c>using-graph-uri</c> values: the default graph of every DELETE/INSERT's WHERE. Null when
    /// not given. Giving these or <see cref="UsingNamedGraphs"/> for a request that has USING, USING NAMED or
    /// WITH is an error (SPARQL 1.1 Protocol, 2.2.3).
    /// </summary>
    public IReadOnlyList<Iri>? UsingGraphs { get; init; }

    /// <summary>The protocol's <c>using-named-graph-uri</c> values; null when not given.</summary>
    public IReadOnlyList<Iri>? UsingNamedGraphs { get; init; }

    /// <summary>The most rows a WHERE clause may hold in memory (ORDER BY, GROUP BY, hash joins).</summary>
    public long MaxMaterializedRows { get; init; } = 50_000_000;

    /// <summary>Fixes NOW() (for reproducible tests); null for the wall clock.</summary>
    public DateTimeOffset? Now { get; init; }
}
