using System.Reflection;
using System.Runtime.InteropServices;
using LightningDB;

namespace KnowledgeGraph.Store.Lmdb;

/// <summary>
/// Finds liblmdb. LightningDB ships its own build in runtimes/, but that one needs glibc 2.38; on older
/// systems (Debian 12 has 2.36) it fails to load, so we fall back to the system's liblmdb.so.0
/// (Debian package liblmdb0, installed by scripts/install-deps.sh). LightningDB only calls the classic
/// LMDB API unless encryption or checksums are configured, which this store does not do.
/// </summary>
internal static class NativeLmdb
{
    private static readonly Lazy<bool> Registered = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureResolver() => _ = Registered.Value;

    private static bool Register()
    {
        NativeLibrary.SetDllImportResolver(typeof(LightningEnvironment).Assembly, Resolve);
        return true;
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (!name.Contains("lmdb", StringComparison.OrdinalIgnoreCase))
        {
            return IntPtr.Zero;
        }

        if (NativeLibrary.TryLoad(name, assembly, searchPath, out var handle))
        {
            return handle;
        }

        foreach (var candidate in new[] { "liblmdb.so.0", "liblmdb.so" })
        {
            if (NativeLibrary.TryLoad(candidate, out handle))
            {
                return handle;
            }
        }

        return IntPtr.Zero;
    }
}
