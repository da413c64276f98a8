using KnowledgeGraph.Remote.Loading;

namespace KnowledgeGraph.Remote.Tests;

/// <summary>
/// One Virtuoso for the whole test run, loaded with the seed articles through <see cref="RemoteBulkLoader"/> (the
/// code behind <c>kg load --remote</c>, here with --keep-blank-nodes and one chunk per file), plus a server on it and an embedded server seeded with the same files.
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
            // One request per file and blank nodes kept as blank nodes: the linked-data descriptions follow blank nodes
            // (isBlank), which skolem IRIs are not. RemoteLoadTests covers chunking and skolemization.
            await RemoteBulkLoader.LoadAsync(client, sources, new RemoteLoadOptions { ChunkSize = 100_000, SkolemizeBlankNodes = false });
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
