using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.Server.Hosting;

/// <summary>
/// Where GraphQL mutations read and write for one request: on the embedded store a <c>StoreMutationSession</c>
/// (snapshots and one checked write transaction), on a remote store a <c>Remote.RemoteMutationSession</c> (the same
/// SELECT and Update text sent to the remote). Registered in DI by <see cref="StoreServices"/>.
/// </summary>
public interface IMutationSessionSource
{
    MutationSession Open();
}

/// <summary>The reads and the write of one mutation request, and the dataset version they start from.</summary>
public sealed record MutationSession(ISparqlRunner Reads, ISparqlUpdateRunner Writes, long Version);
