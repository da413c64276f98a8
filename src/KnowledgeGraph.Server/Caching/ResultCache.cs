using KnowledgeGraph.Server.Hosting;
using KnowledgeGraph.Server.Options;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Server.Caching;

/// <summary>
/// Serialized answers to repeated identical queries, bounded by total bytes. Keys carry the dataset version, and
/// every commit empties the cache, so an answer is never served from an older dataset.
/// </summary>
public sealed class ResultCache : IDisposable
{
    private readonly MemoryCache? _cache;
    private readonly long _maxEntryBytes;

    public ResultCache(IOptions<ServerOptions> options, StoreHost store)
    {
        var o = options.Value;
        _maxEntryBytes = o.ResultCacheMaxEntryBytes;
        if (o.ResultCacheBytes > 0)
        {
            _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = o.ResultCacheBytes });
            store.Committed += () => _cache.Compact(1.0);
        }
    }

    public bool TryGet(ResultCacheKey key, out CachedResult? result)
    {
        result = null;
        return _cache is not null && _cache.TryGetValue(key, out result);
    }

    public void Add(ResultCacheKey key, CachedResult result)
    {
        if (_cache is null || result.Body.Length > _maxEntryBytes)
        {
            return;
        }

        _cache.Set(key, result, new MemoryCacheEntryOptions { Size = result.Body.Length + 256 });
    }

    public void Dispose() => _cache?.Dispose();
}

/// <summary>What makes two query requests the same answer: dataset version, text, dataset parameters, format.</summary>
public sealed record ResultCacheKey(long Version, string Query, string Dataset, string MediaType);

public sealed record CachedResult(byte[] Body, string ContentType, long Rows);
