namespace KnowledgeGraph.Cli.Tests;

/// <summary><c>kg serve</c>'s own checks, before any server starts.</summary>
public sealed class ServeUsageTests
{
    [Fact]
    public async Task Serve_without_a_store_folder_or_a_remote_store_is_a_usage_error()
    {
        var run = await KgRun.RunAsync("serve", "--port", "0");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("kg serve: needs --store DIR", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Store:Kind=Remote", run.Stderr, StringComparison.Ordinal);
    }
}
