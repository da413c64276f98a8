using KnowledgeGraph.Cli;

namespace KnowledgeGraph.Server.Tests.Service;

/// <summary><c>kg query --service-allow</c>: the CLI's SERVICE goes through the same policy as the server's.</summary>
public sealed class KgQueryServiceTests
{
    [Fact]
    public async Task KgQueryCallsAnAllowListedEndpointAndRefusesWithoutTheFlags()
    {
        await using var remote = await ServiceTests.Remote(":a :age 31 .");
        var folder = Directory.CreateTempSubdirectory("kg-service-cli-");
        try
        {
            var data = Path.Combine(folder.FullName, "local.ttl");
            await File.WriteAllTextAsync(data, "@prefix : <http://example.org/> . :a :name \"Ann\" .");
            var endpoint = ServiceTests.Endpoint(remote);
            var query = $"PREFIX : <http://example.org/> SELECT ?n ?age {{ ?p :name ?n SERVICE <{endpoint}> {{ ?p :age ?age }} }}";

            var (allowed, allowedOut, allowedErr) = await Kg("query", "--data", data, "--query", query,
                "--service-allow", new Uri(new Uri(endpoint), "/").AbsoluteUri, "--service-allow-private");
            var (off, _, offErr) = await Kg("query", "--data", data, "--query", query);
            var (loopback, _, loopbackErr) = await Kg("query", "--data", data, "--query", query, "--service-allow", endpoint);

            Assert.True(allowed == 0, allowedErr);
            Assert.Contains("\"Ann\"\t31", allowedOut, StringComparison.Ordinal);
            Assert.Equal(1, off);
            Assert.Contains("disabled", offErr, StringComparison.Ordinal);
            Assert.Equal(1, loopback);
            Assert.Contains("internal address", loopbackErr, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(int Exit, string Out, string Err)> Kg(params string[] args)
    {
        using var input = new StringReader(string.Empty);
        await using var output = new StringWriter();
        await using var error = new StringWriter();
        var exit = await KgProgram.RunAsync(args, input, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
