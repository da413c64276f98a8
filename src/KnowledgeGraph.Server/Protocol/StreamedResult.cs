using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Protocol;

/// <summary>A 200 response whose body a callback writes straight to the response stream.</summary>
public sealed class StreamedResult(string contentType, Func<HttpContext, Stream, Task> write) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = contentType;
        httpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpBodyControlFeature>()?.AllowSynchronousIO = true;
        await write(httpContext, httpContext.Response.Body).ConfigureAwait(false);
    }
}
