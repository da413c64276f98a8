using KnowledgeGraph.Store.Lmdb;
using KnowledgeGraph.Store.Memory;

namespace KnowledgeGraph.Store.Tests;

/// <summary>A temporary folder deleted on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-store-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the OS temp cleaner gets it later.
        }
    }
}

/// <summary>Both backends, for theories: "memory" or "lmdb" (a real LMDB store in a temp folder).</summary>
public sealed class StoreUnderTest : IDisposable
{
    private readonly TempDirectory? _dir;

    public StoreUnderTest(string kind)
    {
        if (kind == "lmdb")
        {
            _dir = new TempDirectory();
            Store = LmdbQuadStore.Open(_dir.Sub("store"), new LmdbStoreOptions { InitialMapSize = 1L << 20 });
        }
        else
        {
            Store = new MemoryQuadStore();
        }
    }

    public IQuadStore Store { get; }

    public static TheoryData<string> Kinds => new() { "memory", "lmdb" };

    public void Dispose()
    {
        Store.Dispose();
        _dir?.Dispose();
    }
}
