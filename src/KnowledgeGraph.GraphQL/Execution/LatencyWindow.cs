namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>The last <see cref="Size"/> latencies in a ring buffer (old samples fall out), for percentiles.</summary>
public sealed class LatencyWindow
{
    public const int Size = 8192;

    private readonly Lock _gate = new();
    private readonly double[] _samples = new double[Size];
    private long _count;

    public void Add(TimeSpan elapsed)
    {
        lock (_gate)
        {
            _samples[_count % Size] = elapsed.TotalMilliseconds;
            _count++;
        }
    }

    public LatencySummary Percentiles()
    {
        double[] window;
        lock (_gate)
        {
            window = _samples.AsSpan(0, (int)Math.Min(_count, Size)).ToArray();
        }

        Array.Sort(window);
        return new LatencySummary(At(window, 0.50), At(window, 0.95), At(window, 0.99), window.Length);
    }

    // Nearest rank: the smallest sample with at least p of the samples at or below it.
    private static double At(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

/// <summary>Latency percentiles in milliseconds over <paramref name="Samples"/> samples.</summary>
public sealed record LatencySummary(double P50, double P95, double P99, int Samples);
