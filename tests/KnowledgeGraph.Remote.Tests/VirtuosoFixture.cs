using KnowledgeGraph.Remote.Loading;

namespace KnowledgeGraph.Remote.Tests;

/// <summary>
/// One Virtuoso for the whole test run, loaded with the seed articles through <see cref="RemoteBulkLoader"/> (the
/// code behind <c>kg load --remote</c>), plus a server on it and an embedded server seeded with the same files.
/// When Virtuoso cannot run here, <see cref="SkipReason"/> says why and the tests skip with it.
/// </summary>
public sealed class VirtuosoFixture : IAsyncLifetime
{
    public VirtuosoInstance? Virtuoso { get; private set; }

    public RunningApp? Embedded { get; private set; }

    public RunningApp? Remote { get; private set; }

    public string? SkipReason { get; private set; }

    public RemoteSparqlClient Client() => new(Virtuoso!.Settings());

    public async Task InitializeAsync()
    {
        SkipReason = VirtuosoInstance.Unavailable();
        if (SkipReason is not null)
        {
            return;
        }

        Virtuoso = VirtuosoInstance.Start();
        using (var client = Client())
        {
            var sources = Servers.SeedFiles().Select(f => new RemoteLoadSource(f, Rdf.RdfFormat.TriG)).ToList();
            await RemoteBulkLoader.LoadAsync(client, sources, new RemoteLoadOptions { ChunkSize = 500 });
        }

        Embedded = await Servers.StartEmbeddedAsync();
        Remote = await Servers.StartRemoteAsync(Virtuoso);
    }

    public async Task DisposeAsync()
    {
        if (Remote is not null)
        {
            await Remote.DisposeAsync();
        }

        if (Embedded is not null)
        {
            await Embedded.DisposeAsync();
        }

        Virtuoso?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class VirtuosoCollection : ICollectionFixture<VirtuosoFixture>
{
    public const string Name = "Virtuoso";
}
