using KnowledgeGraph.Remote;
using KnowledgeGraph.Server.Protocol;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Remote;

/// <summary>
/// A remote store's failure as our problem answer: 400 when it rejected what was sent, 504 when it did not answer in
/// time, 502 otherwise (unreachable, 5xx, refused credentials: our configuration or its outage, not the client's fault).
/// </summary>
public static class RemoteProblems
{
    public static IResult From(RemoteStoreException e) => e.IsClientError
        ? Problems.Create(StatusCodes.Status400BadRequest, "Rejected by the remote store", e.Message)
        : Problems.Create(StatusCodes.Status502BadGateway, "Remote store failed", e.Message);

    public static IResult From(TimeoutException e) =>
        Problems.Create(StatusCodes.Status504GatewayTimeout, "Remote store timeout", e.Message);
}
