using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Server.Options;
using KnowledgeGraph.Server.Protocol;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Server.Security;

/// <summary>
/// The gate in front of every write: a read-only server refuses all, a server without a configured token
/// refuses all (writes are never open by default), otherwise the request must carry that token as a bearer.
/// </summary>
public static class WriteAccess
{
    /// <summary>Null when the write may go ahead, otherwise the problem response to send.</summary>
    public static IResult? Check(HttpContext context, ServerOptions options)
    {
        if (options.ReadOnly)
        {
            return Problems.Create(StatusCodes.Status403Forbidden, "Read-only server",
                "This server was started read-only (--read-only / KnowledgeGraph:ReadOnly): it refuses every update and Graph Store write.");
        }

        if (string.IsNullOrEmpty(options.UpdateToken))
        {
            return Problems.Create(StatusCodes.Status403Forbidden, "Writes are not configured",
                "No update token is configured, so writes are refused. Set one with the environment variable KnowledgeGraph__UpdateToken, "
                + "the setting KnowledgeGraph:UpdateToken in appsettings.json, or kg serve --token, and send it as 'Authorization: Bearer <token>'.");
        }

        var header = context.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"knowledgegraph\"";
            return Problems.Create(StatusCodes.Status401Unauthorized, "Authorization required",
                "Writes need the header 'Authorization: Bearer <token>' with the server's update token.");
        }

        var given = Encoding.UTF8.GetBytes(header[scheme.Length..].Trim());
        var expected = Encoding.UTF8.GetBytes(options.UpdateToken);
        if (!CryptographicOperations.FixedTimeEquals(given, expected))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"knowledgegraph\", error=\"invalid_token\"";
            return Problems.Create(StatusCodes.Status401Unauthorized, "Invalid token", "The bearer token does not match the server's update token.");
        }

        return null;
    }
}
