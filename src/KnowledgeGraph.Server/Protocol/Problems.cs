using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Protocol;

/// <summary>RFC 9457 problem responses with a human-readable detail and never a stack trace.</summary>
public static class Problems
{
    public static IResult Create(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
}
