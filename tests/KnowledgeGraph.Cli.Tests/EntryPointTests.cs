using System.Diagnostics;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>The real <c>kg</c> executable, run as a child process: Program.cs wires the console streams.</summary>
public sealed class EntryPointTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private static string KgDll
    {
        get
        {
            // The test project references the CLI project, so kg.dll and its runtimeconfig are built beside us.
            var path = Path.Combine(AppContext.BaseDirectory, "kg.dll");
            Assert.True(File.Exists(path), $"kg.dll not found at {path}");
            Assert.True(File.Exists(Path.ChangeExtension(path, ".runtimeconfig.json")), "kg.runtimeconfig.json missing");
            return path;
        }
    }

    [Fact]
    public async Task The_kg_executable_converts_stdin_to_stdout_and_reports_parse_errors()
    {
        var ok = await RunKgAsync(Samples.GraphTurtle, "convert", "-", "--from", "turtle", "--to", "nquads");
        Assert.True(ok.ExitCode == 0, ok.ToString());
        Assert.Equal(
            Rdf.Sorted(Rdf.Read(Samples.GraphNTriples, RdfFormat.NTriples)),
            Rdf.Sorted(Rdf.Read(ok.Stdout, RdfFormat.NQuads)));
        Assert.Equal(string.Empty, ok.Stderr);

        var bad = _dir.Write("bad.ttl", "@prefix ex: <http://example.org/> .\nex:s ex:p .\n");
        var expected = Rdf.ParseErrorOf(bad, RdfFormat.Turtle);
        var failed = await RunKgAsync(string.Empty, "convert", bad, "-o", _dir.File("out.nt"));
        Assert.Equal(1, failed.ExitCode);
        Assert.Equal(expected.Message + "\n", failed.Stderr);
        Assert.Equal(["bad.ttl"], _dir.FileNames());

        var usage = await RunKgAsync(string.Empty, "convert", bad, "--to", "nonsense");
        Assert.Equal(2, usage.ExitCode);
    }

    private static async Task<KgRun> RunKgAsync(string stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(KgDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new KgRun(process.ExitCode, await stdout, await stderr);
    }

    public void Dispose() => _dir.Dispose();
}
