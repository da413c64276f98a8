using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Remote.Tests;

/// <summary>
/// A private Virtuoso 7 (Debian's virtuoso-opensource, installed by scripts/install-deps.sh) in a temporary folder,
/// listening on 127.0.0.1 on two free ports, stopped and deleted on dispose. A fresh database has the user dba with
/// password dba; the authenticated endpoints (/sparql-auth, /sparql-graph-crud-auth) use Digest.
/// </summary>
public sealed partial class VirtuosoInstance : IDisposable
{
    public const string User = "dba";
    public const string Password = "dba";
    private const string DefaultIni = "/usr/share/virtuoso-opensource-7/virtuoso.ini";
    private const string VspRoot = "/var/lib/virtuoso-opensource-7/vsp";

    private readonly Process _process;

    private VirtuosoInstance(Process process, string folder, int httpPort, TimeSpan startup)
    {
        _process = process;
        Folder = folder;
        HttpPort = httpPort;
        Startup = startup;
    }

    public string Folder { get; }

    public int HttpPort { get; }

    public TimeSpan Startup { get; }

    public Uri QueryEndpoint => new($"http://127.0.0.1:{HttpPort}/sparql");

    public Uri UpdateEndpoint => new($"http://127.0.0.1:{HttpPort}/sparql-auth");

    public Uri GraphStoreEndpoint => new($"http://127.0.0.1:{HttpPort}/sparql-graph-crud-auth");

    /// <summary>Why Virtuoso cannot run here, or null when it can.</summary>
    public static string? Unavailable()
    {
        if (Executable() is null)
        {
            return "Virtuoso is not installed (virtuoso-t not found): run scripts/install-deps.sh as root, or apt-get install virtuoso-opensource.";
        }

        return File.Exists(DefaultIni) ? null : $"Virtuoso is installed but {DefaultIni} is missing.";
    }

    public static VirtuosoInstance Start()
    {
        var executable = Executable() ?? throw new InvalidOperationException(Unavailable());
        var folder = Path.Combine(Path.GetTempPath(), "kg-virtuoso-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var sqlPort = FreePort();
        var httpPort = FreePort();
        var ini = File.ReadAllText(DefaultIni);
        ini = Set(ini, "Database", "DatabaseFile", Path.Combine(folder, "virtuoso.db"));
        ini = Set(ini, "Database", "ErrorLogFile", Path.Combine(folder, "virtuoso.log"));
        ini = Set(ini, "Database", "LockFile", Path.Combine(folder, "virtuoso.lck"));
        ini = Set(ini, "Database", "TransactionFile", Path.Combine(folder, "virtuoso.trx"));
        ini = Set(ini, "Database", "xa_persistent_file", Path.Combine(folder, "virtuoso.pxa"));
        ini = Set(ini, "TempDatabase", "DatabaseFile", Path.Combine(folder, "virtuoso-temp.db"));
        ini = Set(ini, "TempDatabase", "TransactionFile", Path.Combine(folder, "virtuoso-temp.trx"));
        ini = Set(ini, "Parameters", "ServerPort", $"127.0.0.1:{sqlPort}");
        ini = Set(ini, "Parameters", "DirsAllowed", $".,/usr/share/virtuoso-opensource-7/vad,{folder}");
        ini = Set(ini, "Parameters", "NumberOfBuffers", "20000");
        ini = Set(ini, "Parameters", "MaxDirtyBuffers", "15000");
        ini = Set(ini, "HTTPServer", "ServerPort", $"127.0.0.1:{httpPort}");
        ini = Set(ini, "HTTPServer", "ServerRoot", VspRoot);
        ini = Set(ini, "SPARQL", "ResultSetMaxRows", "100000000");
        ini = Set(ini, "SPARQL", "MaxQueryExecutionTime", "0");
        ini = Set(ini, "SPARQL", "MaxQueryCostEstimationTime", "0");
        var iniPath = Path.Combine(folder, "virtuoso.ini");
        File.WriteAllText(iniPath, ini);

        var clock = Stopwatch.StartNew();
        var start = new ProcessStartInfo(executable, ["+configfile", iniPath, "+foreground"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("virtuoso-t did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var instance = new VirtuosoInstance(process, folder, httpPort, TimeSpan.Zero);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            if (process.HasExited)
            {
                var log = Path.Combine(folder, "virtuoso.log");
                throw new InvalidOperationException("Virtuoso exited while starting: " + (File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(15)) : "no log"));
            }

            try
            {
                using var response = http.GetAsync(instance.QueryEndpoint + "?query=ASK%7B%7D").GetAwaiter().GetResult();
                if (response.IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (clock.Elapsed > TimeSpan.FromSeconds(90))
            {
                instance.Dispose();
                throw new TimeoutException("Virtuoso did not answer within 90 s of starting.");
            }

            Thread.Sleep(250);
        }

        return new VirtuosoInstance(process, folder, httpPort, clock.Elapsed);
    }

    /// <summary>Settings for a client of this instance, authenticated for writes.</summary>
    public RemoteStoreSettings Settings() => new()
    {
        QueryEndpoint = QueryEndpoint,
        UpdateEndpoint = UpdateEndpoint,
        GraphStoreEndpoint = GraphStoreEndpoint,
        Auth = RemoteAuthScheme.Digest,
        User = User,
        Password = Password,
        Dialect = new VirtuosoDialect(VirtuosoDialect.DefaultGraphStandIn),
    };

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit(30_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static string? Executable() =>
        new[] { "/usr/bin/virtuoso-t", "/usr/local/bin/virtuoso-t" }.FirstOrDefault(File.Exists);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Sets <c>key = value</c> in an ini section, replacing the key's line or adding one after the header.</summary>
    private static string Set(string ini, string section, string key, string value)
    {
        var header = Regex.Match(ini, @"^\[" + Regex.Escape(section) + @"\][^\n]*\n", RegexOptions.Multiline);
        if (!header.Success)
        {
            return ini + $"\n[{section}]\n{key} = {value}\n";
        }

        var end = ini.IndexOf("\n[", header.Index + header.Length, StringComparison.Ordinal);
        var body = end < 0 ? ini[(header.Index + header.Length)..] : ini[(header.Index + header.Length)..(end + 1)];
        var line = new Regex(@"^[ \t]*" + Regex.Escape(key) + @"[ \t]*=.*$", RegexOptions.Multiline);
        body = line.IsMatch(body) ? line.Replace(body, $"{key} = {value}", 1) : $"{key} = {value}\n" + body;
        return ini[..(header.Index + header.Length)] + body + (end < 0 ? string.Empty : ini[(end + 1)..]);
    }
}
