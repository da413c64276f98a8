using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.Server.Diagnostics;

/// <summary>
/// Counters and a latency window for /metrics: requests answered, errors, cache hits and misses, and the
/// latencies of the last <see cref="WindowSize"/> queries for percentiles (a ring buffer; old samples fall out).
/// The cache counters are the SPARQL result cache's; the GraphQL service's own counters (its result and document
/// caches, SPARQL queries per operation, latencies) are shown under <c>graphQL</c> once /graphql is mapped.
/// </summary>
public sealed class ServerMetrics
{
    public const int WindowSize = 8192;

    private readonly Lock _gate = new();
    private readonly double[] _latencies = new double[WindowSize];
    private long _samples;
    private long _queries;
    private long _updates;
    private long _graphStoreRequests;
    private long _errors;
    private long _timeouts;
    private long _cacheHits;
    private long _cacheMisses;
    private long _notModified;

    public void QueryAnswered(TimeSpan elapsed, bool error)
    {
        Interlocked.Increment(ref _queries);
        if (error)
        {
            Interlocked.Increment(ref _errors);
        }

        lock (_gate)
        {
            _latencies[_samples % WindowSize] = elapsed.TotalMilliseconds;
            _samples++;
        }
    }

    public void UpdateAnswered(bool error)
    {
        Interlocked.Increment(ref _updates);
        if (error)
        {
            Interlocked.Increment(ref _errors);
        }
    }

    public void GraphStoreAnswered(bool error)
    {
        Interlocked.Increment(ref _graphStoreRequests);
        if (error)
        {
            Interlocked.Increment(ref _errors);
        }
    }

    public void Timeout() => Interlocked.Increment(ref _timeouts);

    public void CacheHit() => Interlocked.Increment(ref _cacheHits);

    public void CacheMiss() => Interlocked.Increment(ref _cacheMisses);

    public void NotModified() => Interlocked.Increment(ref _notModified);

    /// <summary>The GraphQL service's counters, set once when /graphql is mapped (null when it is not).</summary>
    public GraphQLMetrics? GraphQL { get; set; }

    public MetricsSnapshot Snapshot()
    {
        double[] window;
        lock (_gate)
        {
            window = _latencies.AsSpan(0, (int)Math.Min(_samples, WindowSize)).ToArray();
        }

        Array.Sort(window);
        var hits = Interlocked.Read(ref _cacheHits);
        var misses = Interlocked.Read(ref _cacheMisses);
        return new MetricsSnapshot(
            Interlocked.Read(ref _queries),
            Interlocked.Read(ref _updates),
            Interlocked.Read(ref _graphStoreRequests),
            Interlocked.Read(ref _errors),
            Interlocked.Read(ref _timeouts),
            Interlocked.Read(ref _notModified),
            hits,
            misses,
            hits + misses == 0 ? 0 : (double)hits / (hits + misses),
            new LatencyPercentiles(Percentile(window, 0.50), Percentile(window, 0.95), Percentile(window, 0.99), window.Length),
            GraphQL?.Snapshot());
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

public sealed record MetricsSnapshot(
    long Queries,
    long Updates,
    long GraphStoreRequests,
    long Errors,
    long Timeouts,
    long NotModified,
    long CacheHits,
    long CacheMisses,
    double CacheHitRate,
    LatencyPercentiles QueryLatencyMs,
    GraphQLMetricsSnapshot? GraphQL);

public sealed record LatencyPercentiles(double P50, double P95, double P99, int Samples);
