namespace KnowledgeGraph.Cli.IO;

/// <summary>The <c>-</c> convention: a path of <c>-</c> means standard input or standard output.</summary>
public static class StandardStreams
{
    public const string Dash = "-";

    public static bool IsDash(string? path) => path == Dash;

    /// <summary>Files named <c>*.gz</c> are read and written through gzip.</summary>
    public static bool IsGzip(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
}
