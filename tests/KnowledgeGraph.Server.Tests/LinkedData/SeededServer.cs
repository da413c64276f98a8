namespace KnowledgeGraph.Server.Tests.LinkedData;

/// <summary>One real server (Kestrel, LMDB in a temporary folder) seeded with seed-data/ and ontology/, shared by a test class that only reads.</summary>
public sealed class SeededServer : IAsyncLifetime
{
    private RunningServer? _server;

    public RunningServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public HttpClient Client => Server.Client;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(o => o.SeedDirectory = SeedData.SeedDirectories);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public async Task<HttpResponseMessage> GetAsync(string path, string? accept = null, string? ifNoneMatch = null, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await Client.SendAsync(request);
    }
}
