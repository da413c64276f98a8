namespace KnowledgeGraph.Server.Void;

/// <summary>
/// The last computed <see cref="VoidStatistics"/> and the dataset version (with the server instance) it belongs to:
/// the aggregates scan the whole dataset, so they run once per version, not once per request.
/// </summary>
public sealed class VoidCache
{
    private readonly Lock _gate = new();
    private (string Instance, long Version, VoidStatistics Statistics)? _last;

    /// <summary>The statistics of <paramref name="version"/>, computed by <paramref name="compute"/> when not cached; a null version is never cached.</summary>
    public VoidStatistics Get(string instance, long? version, Func<VoidStatistics> compute)
    {
        lock (_gate)
        {
            if (version is { } v && _last is { } last && last.Instance == instance && last.Version == v)
            {
                return last.Statistics;
            }
        }

        var statistics = compute();
        Interlocked.Increment(ref _computations);
        if (version is { } known)
        {
            lock (_gate)
            {
                if (_last is null || _last.Value.Version < known)
                {
                    _last = (instance, known, statistics);
                }
            }
        }

        return statistics;
    }

    private int _computations;

    /// <summary>How many times the statistics were computed (tests check the cache with it).</summary>
    public int Computations => Volatile.Read(ref _computations);
}
