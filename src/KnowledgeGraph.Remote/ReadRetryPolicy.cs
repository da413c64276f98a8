using System.Net;

namespace KnowledgeGraph.Remote;

/// <summary>
/// When a failed read may be tried again and how long to wait first: connection failures and the "try later"
/// statuses (429, 502, 503, 504) only, with exponential backoff and jitter. A timeout is not retried (the same query
/// would time out again) and neither is a 500 (Virtuoso answers deterministic errors with 500). Writes never come here.
/// </summary>
public sealed class ReadRetryPolicy(int maxRetries, TimeSpan baseDelay)
{
    public int MaxRetries { get; } = maxRetries;

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>The wait before retry number <paramref name="retry"/> (1-based); honours a Retry-After in seconds up to 30 s.</summary>
    public TimeSpan Delay(int retry, TimeSpan? retryAfter = null)
    {
        if (retryAfter is { } asked && asked > TimeSpan.Zero)
        {
            return asked < TimeSpan.FromSeconds(30) ? asked : TimeSpan.FromSeconds(30);
        }

        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, retry - 1);
        return TimeSpan.FromMilliseconds(exponential * (1 + (Random.Shared.NextDouble() * 0.25)));
    }
}
