using KnowledgeGraph.Remote;
using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Server.Remote;

/// <summary>
/// How a server on a remote store learns that others changed the data (our own writes bump the version directly):
/// a cache TTL (<see cref="RemoteStoreOptions.CacheTtl"/>: after it, the version moves on by itself, so cached answers
/// and ETags live at most that long) and, when configured, the version triple polled at most every
/// <see cref="RemoteStoreOptions.VersionPollInterval"/>.
/// </summary>
public sealed class RemoteChangeDetector : IDatasetChangeDetector
{
    private readonly TimeSpan _ttl;
    private readonly TimeSpan _pollInterval;
    private readonly VersionTriple? _versionTriple;
    private readonly RemoteSparqlClient _client;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly Lock _gate = new();
    private long _lastChange;
    private long _lastPoll;
    private string? _token;

    public RemoteChangeDetector(RemoteSparqlClient client, IOptions<ServerOptions> options, ILogger<RemoteChangeDetector> log, TimeProvider? time = null)
    {
        var remote = options.Value.Store.Remote;
        _client = client;
        _ttl = remote.CacheTtl;
        _pollInterval = remote.VersionPollInterval;
        _versionTriple = string.IsNullOrWhiteSpace(remote.VersionGraph) ? null : new VersionTriple(remote.VersionGraph);
        _time = time ?? TimeProvider.System;
        _log = log;
        _lastChange = _lastPoll = _time.GetTimestamp();
    }

    public bool HasChanged()
    {
        var now = _time.GetTimestamp();
        lock (_gate)
        {
            if (_versionTriple is not null && _time.GetElapsedTime(_lastPoll, now) >= _pollInterval)
            {
                _lastPoll = now;
                try
                {
                    var token = _versionTriple.Read(_client, TimeSpan.FromSeconds(5));
                    if (!string.Equals(token, _token, StringComparison.Ordinal))
                    {
                        _token = token;
                        _lastChange = now;
                        return true;
                    }
                }
                catch (Exception e) when (e is RemoteStoreException or TimeoutException)
                {
                    // Cannot tell: assume it changed, so nothing stale is served while the store is unreachable.
                    _log.LogWarning("Could not read the version triple: {Message}", e.Message);
                    _lastChange = now;
                    return true;
                }
            }

            if (_ttl > TimeSpan.Zero && _time.GetElapsedTime(_lastChange, now) >= _ttl)
            {
                _lastChange = now;
                return true;
            }

            return false;
        }
    }
}
