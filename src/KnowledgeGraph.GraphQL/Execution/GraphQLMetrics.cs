namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Counters of one <see cref="KgGraphQLService"/> for /metrics: operations answered and failed, the result and
/// document caches' hits and misses, the SPARQL queries the executed (uncached) operations issued, and latency
/// windows of all answers and of the executed ones (cached answers would otherwise hide the compile-and-run cost).
/// </summary>
public sealed class GraphQLMetrics
{
    private readonly LatencyWindow _all = new();
    private readonly LatencyWindow _executed = new();
    private long _requests;
    private long _errors;
    private long _resultHits;
    private long _resultMisses;
    private long _documentHits;
    private long _documentMisses;
    private long _sparqlQueries;
    private long _maxSparqlQueries;

    public void ResultCacheHit(TimeSpan elapsed)
    {
        Interlocked.Increment(ref _requests);
        Interlocked.Increment(ref _resultHits);
        _all.Add(elapsed);
    }

    /// <summary>An operation that was executed (not served from the result cache).</summary>
    public void Executed(TimeSpan elapsed, int sparqlQueries, bool error)
    {
        Interlocked.Increment(ref _requests);
        Interlocked.Increment(ref _resultMisses);
        if (error)
        {
            Interlocked.Increment(ref _errors);
        }

        Interlocked.Add(ref _sparqlQueries, sparqlQueries);
        long max;
        while (sparqlQueries > (max = Interlocked.Read(ref _maxSparqlQueries))
            && Interlocked.CompareExchange(ref _maxSparqlQueries, sparqlQueries, max) != max)
        {
        }

        _all.Add(elapsed);
        _executed.Add(elapsed);
    }

    public void DocumentCacheHit() => Interlocked.Increment(ref _documentHits);

    public void DocumentCacheMiss() => Interlocked.Increment(ref _documentMisses);

    public GraphQLMetricsSnapshot Snapshot()
    {
        var misses = Interlocked.Read(ref _resultMisses);
        var sparql = Interlocked.Read(ref _sparqlQueries);
        return new GraphQLMetricsSnapshot(
            Interlocked.Read(ref _requests),
            Interlocked.Read(ref _errors),
            CacheRate.Of(Interlocked.Read(ref _resultHits), misses),
            CacheRate.Of(Interlocked.Read(ref _documentHits), Interlocked.Read(ref _documentMisses)),
            sparql,
            misses == 0 ? 0 : (double)sparql / misses,
            Interlocked.Read(ref _maxSparqlQueries),
            _all.Percentiles(),
            _executed.Percentiles());
    }
}

/// <summary>What /metrics shows under <c>graphQL</c>.</summary>
/// <param name="SparqlQueriesPerExecutedOperation">Mean SPARQL queries per operation that was executed (cache misses).</param>
public sealed record GraphQLMetricsSnapshot(
    long Requests,
    long Errors,
    CacheRate ResultCache,
    CacheRate DocumentCache,
    long SparqlQueries,
    double SparqlQueriesPerExecutedOperation,
    long MaxSparqlQueriesPerOperation,
    LatencySummary LatencyMs,
    LatencySummary ExecutedLatencyMs);

/// <summary>Hits, misses and the hit rate (0 when nothing was looked up yet).</summary>
public sealed record CacheRate(long Hits, long Misses, double HitRate)
{
    public static CacheRate Of(long hits, long misses) => new(hits, misses, hits + misses == 0 ? 0 : (double)hits / (hits + misses));
}
