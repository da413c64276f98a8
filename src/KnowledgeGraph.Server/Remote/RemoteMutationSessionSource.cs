using KnowledgeGraph.Remote;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Options;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Server.Remote;

/// <summary>Mutations on the remote store: a <see cref="RemoteMutationSession"/> per request.</summary>
public sealed class RemoteMutationSessionSource(RemoteSparqlClient client, StoreHost store, RemoteWriteRecorder writes, IOptions<ServerOptions> options) : IMutationSessionSource
{
    public MutationSession Open()
    {
        var session = new RemoteMutationSession(client, store, writes, options.Value.QueryTimeout, options.Value.UpdateTimeout);
        return new MutationSession(session, session, store.Version);
    }
}
