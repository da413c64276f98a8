namespace KnowledgeGraph.Server.Protocol;

/// <summary>A request the protocol refuses, with the status to answer and a message for the client.</summary>
public sealed class ProtocolError(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
