using System.Diagnostics;

namespace KnowledgeGraph.Cli.Tests.Query;

/// <summary>
/// The peer tools in <c>../shared/peers</c> beside the folder holding <c>KnowledgeGraph.sln</c> (or <c>KG_PEERS</c>):
/// the news-graph generator, the peer queries and <c>canon.py</c>, run with <c>python3</c>.
/// </summary>
internal static class Peers
{
    public const string EnvironmentVariable = "KG_PEERS";

    /// <summary>The peers folder, or null when it (or python3) is missing; <see cref="MissingReason"/> says which.</summary>
    public static string? Directory { get; } = Find();

    public static string MissingReason =>
        $"the peer tools were not found (set {EnvironmentVariable}, or put them at ../shared/peers beside KnowledgeGraph.sln) or python3 is not on PATH";

    public static string Query(string name) => Path.Combine(Directory!, "queries", name + ".rq");

    /// <summary>Runs <c>python3 SCRIPT ARGS</c> in the peers folder with <paramref name="stdin"/>; returns standard output.</summary>
    public static string Python(string script, string stdin, params string[] args)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(Directory!, script));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var stderrTask = process.StandardError.ReadToEndAsync();
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"python3 {script} did not finish in 120 s");
        }

        var stdout = stdoutTask.GetAwaiter().GetResult();
        var stderr = stderrTask.GetAwaiter().GetResult();
        return process.ExitCode == 0 ? stdout : throw new InvalidOperationException($"python3 {script} exited {process.ExitCode}: {stderr}");
    }

    private static string? Find()
    {
        var candidate = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(candidate))
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
                {
                    candidate = Path.Combine(dir.FullName, "..", "shared", "peers");
                    break;
                }
            }
        }

        if (candidate is null || !File.Exists(Path.Combine(candidate, "gen-news.py")) || !File.Exists(Path.Combine(candidate, "canon.py")))
        {
            return null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var hasPython = path.Split(Path.PathSeparator).Any(p => File.Exists(Path.Combine(p, "python3")));
        return hasPython ? Path.GetFullPath(candidate) : null;
    }
}
