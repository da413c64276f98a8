namespace KnowledgeGraph.Cli.Tests;

/// <summary>The outcome of one in-process <c>kg</c> run.</summary>
public sealed record KgRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Runs <c>kg ARGS</c> through <see cref="KgProgram.RunAsync"/> with <paramref name="stdin"/> as standard input.</summary>
    public static async Task<KgRun> WithStdinAsync(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        await using var output = new StringWriter();
        await using var error = new StringWriter();
        var exitCode = await KgProgram.RunAsync(args, input, output, error);
        return new KgRun(exitCode, output.ToString(), error.ToString());
    }

    public static Task<KgRun> RunAsync(params string[] args) => WithStdinAsync(string.Empty, args);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
