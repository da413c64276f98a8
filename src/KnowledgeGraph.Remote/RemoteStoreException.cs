using System.Net;

namespace KnowledgeGraph.Remote;

/// <summary>
/// The remote store refused or failed a request, or could not be reached. The message names the endpoint, the
/// HTTP status and the remote's own message, so an operator can tell our fault from the store's.
/// </summary>
public sealed class RemoteStoreException : Exception
{
    public RemoteStoreException(string operation, Uri endpoint, HttpStatusCode? status, string remoteMessage, Exception? inner = null)
        : base(Describe(operation, endpoint, status, remoteMessage), inner)
    {
        Operation = operation;
        Endpoint = endpoint;
        Status = status;
        RemoteMessage = remoteMessage;
    }

    public string Operation { get; }

    public Uri Endpoint { get; }

    /// <summary>The remote's HTTP status; null when no answer came (connection refused, timeout).</summary>
    public HttpStatusCode? Status { get; }

    public string RemoteMessage { get; }

    /// <summary>The remote rejected what we sent (4xx other than auth/limits): a bad query or body, not an outage.</summary>
    public bool IsClientError => Status is { } s && (int)s is >= 400 and < 500
        && s is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);

    private static string Describe(string operation, Uri endpoint, HttpStatusCode? status, string message) =>
        status is { } s
            ? $"The remote store at {endpoint.GetLeftPart(UriPartial.Path)} answered the {operation} with {(int)s} {s}: {message}"
            : $"The remote store at {endpoint.GetLeftPart(UriPartial.Path)} could not be reached for the {operation}: {message}";
}
