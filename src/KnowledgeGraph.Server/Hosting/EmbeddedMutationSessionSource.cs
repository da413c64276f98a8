using KnowledgeGraph.Server.Endpoints;
using KnowledgeGraph.Server.Options;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Server.Hosting;

/// <summary>Mutations on the embedded store: a <see cref="StoreMutationSession"/> per request.</summary>
public sealed class EmbeddedMutationSessionSource(StoreHost store, IOptions<ServerOptions> options) : IMutationSessionSource
{
    public MutationSession Open()
    {
        var session = new StoreMutationSession(store, options.Value.QueryTimeout, options.Value.UpdateTimeout);
        return new MutationSession(session, session, store.Version);
    }
}
