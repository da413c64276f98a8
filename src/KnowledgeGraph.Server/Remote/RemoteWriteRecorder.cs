using KnowledgeGraph.Remote;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Server.Remote;

/// <summary>
/// What follows every write we send to the remote store: the version triple gets a fresh token (when configured, so
/// other servers on the same store notice) and our dataset version moves on (so our caches and ETags do at once).
/// </summary>
public sealed class RemoteWriteRecorder(RemoteSparqlClient client, StoreHost store, IOptions<ServerOptions> options, ILogger<RemoteWriteRecorder> log)
{
    private readonly VersionTriple? _versionTriple = string.IsNullOrWhiteSpace(options.Value.Store.Remote.VersionGraph)
        ? null
        : new VersionTriple(options.Value.Store.Remote.VersionGraph);

    public async Task RecordAsync(CancellationToken cancel)
    {
        try
        {
            if (_versionTriple is not null)
            {
                await client.UpdateAsync(_versionTriple.BumpUpdate(), null, null, cancel).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is RemoteStoreException or TimeoutException)
        {
            // The write itself went through; other servers will see it when their TTL runs out.
            log.LogWarning("The write went through but the version triple could not be bumped: {Message}", e.Message);
        }
        finally
        {
            store.RecordExternalCommit();
        }
    }
}
