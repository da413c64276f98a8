using KnowledgeGraph.Remote;
using KnowledgeGraph.Server.Graphs;
using KnowledgeGraph.Server.Options;
using KnowledgeGraph.Server.Query;
using KnowledgeGraph.Server.Remote;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Server.Hosting;

/// <summary>
/// The store selection (<c>KnowledgeGraph:Store:Kind</c>): registers the seams the endpoints use (SPARQL processor,
/// Graph Store, GraphQL runner and mutation session sources) for the embedded store or for a remote SPARQL 1.1 store. Registrations made
/// before (tests replacing the processor) win.
/// </summary>
public static class StoreServices
{
    public static IServiceCollection AddKnowledgeGraphStore(this IServiceCollection services, ServerOptions options)
    {
        services.TryAddSingleton<StoreHost>();
        if (options.Store.Kind == StoreMode.Remote)
        {
            var settings = options.Store.Remote.ToSettings();
            services.TryAddSingleton(_ => new RemoteSparqlClient(settings));
            services.TryAddSingleton<IDatasetChangeDetector, RemoteChangeDetector>();
            services.TryAddSingleton<RemoteWriteRecorder>();
            services.TryAddSingleton<ISparqlProcessor, RemoteSparqlProcessor>();
            services.TryAddSingleton<IGraphStore, RemoteGraphStore>();
            services.TryAddSingleton<ISparqlRunnerSource, RemoteSparqlRunnerSource>();
            services.TryAddSingleton<IMutationSessionSource, RemoteMutationSessionSource>();
            return services;
        }

        services.TryAddSingleton<IGraphStore, EmbeddedGraphStore>();
        services.TryAddSingleton<ISparqlRunnerSource, EmbeddedSparqlRunnerSource>();
        services.TryAddSingleton<IMutationSessionSource, EmbeddedMutationSessionSource>();
        return services;
    }
}
