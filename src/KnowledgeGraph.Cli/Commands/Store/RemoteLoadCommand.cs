using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Cli.Conversion;
using KnowledgeGraph.Cli.IO;
using KnowledgeGraph.Remote;
using KnowledgeGraph.Remote.Loading;

namespace KnowledgeGraph.Cli.Commands.Store;

/// <summary>
/// <c>kg load --remote URL [--graph IRI] [--chunk-size N] [--checkpoint FILE] [--dialect virtuoso] [--auth digest --user U]
/// FILE...</c>: bulk-loads into a remote store through its Graph Store Protocol endpoint (URL), in chunks, with progress
/// and a resumable checkpoint (<see cref="RemoteBulkLoader"/>). The password comes from <c>KG_REMOTE_PASSWORD</c>
/// (or <c>--password</c>, which shows in the process list). Attached to <c>kg load</c> by <see cref="Attach"/>.
/// </summary>
internal sealed class RemoteLoadCommand
{
    private readonly Option<string?> _remote = new("--remote") { Description = "Load into a remote store through this Graph Store Protocol URL (e.g. http://127.0.0.1:8890/sparql-graph-crud-auth) instead of a local store.", HelpName = "URL" };
    private readonly Option<int> _chunkSize = new("--chunk-size") { Description = "With --remote: statements per Graph Store request (default 50000).", DefaultValueFactory = _ => 50_000, HelpName = "N" };
    private readonly Option<string?> _checkpoint = new("--checkpoint") { Description = "With --remote: the checkpoint file that lets an interrupted load resume (default: kg-remote-load.checkpoint.json).", HelpName = "FILE" };
    private readonly Option<string?> _dialect = new("--dialect") { Description = "With --remote: 'standard' or 'virtuoso'.", HelpName = "NAME" };
    private readonly Option<string?> _auth = new("--auth") { Description = "With --remote: none, basic, digest or bearer.", HelpName = "SCHEME" };
    private readonly Option<string?> _user = new("--user") { Description = "With --remote: user for basic or digest authentication.", HelpName = "USER" };
    private readonly Option<string?> _password = new("--password") { Description = "With --remote: password (prefer the KG_REMOTE_PASSWORD environment variable).", HelpName = "PASSWORD" };
    private readonly Option<bool> _keepBlankNodes = new("--keep-blank-nodes") { Description = "With --remote: send blank nodes as they are instead of skolem IRIs (a blank node spanning two chunks becomes two nodes, a resent chunk duplicates its blank-node triples)." };
    private readonly Option<long?> _stopAfter = new("--stop-after-chunks") { Description = "With --remote: stop after N chunks, as if interrupted (to try resumption).", HelpName = "N", Hidden = true };
    private readonly CliConsole _console;
    private readonly Option<string?> _graph;
    private readonly Option<string?> _format;
    private readonly Option<string?> _baseIri;
    private readonly Argument<string[]> _files;

    private RemoteLoadCommand(CliConsole console, Option<string?> graph, Option<string?> format, Option<string?> baseIri, Argument<string[]> files)
    {
        _console = console;
        _graph = graph;
        _format = format;
        _baseIri = baseIri;
        _files = files;
    }

    /// <summary>Adds the remote options to <c>kg load</c> and returns the handler its action dispatches to.</summary>
    public static RemoteLoadCommand Attach(Command load, CliConsole console, Option<string?> graph, Option<string?> format, Option<string?> baseIri, Argument<string[]> files)
    {
        var remote = new RemoteLoadCommand(console, graph, format, baseIri, files);
        foreach (var option in new Option[] { remote._remote, remote._chunkSize, remote._checkpoint, remote._dialect, remote._auth, remote._user, remote._password, remote._keepBlankNodes, remote._stopAfter })
        {
            load.Options.Add(option);
        }

        return remote;
    }

    public bool Requested(ParseResult parseResult) => parseResult.GetValue(_remote) is not null;

    public int Run(ParseResult parseResult)
    {
        var url = parseResult.GetValue(_remote)!;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var endpoint) || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
        {
            throw new UsageException($"--remote '{url}' is not an absolute http(s) URL");
        }

        var scheme = parseResult.GetValue(_auth) is { } auth
            ? Enum.TryParse<RemoteAuthScheme>(auth, ignoreCase: true, out var parsed) ? parsed : throw new UsageException($"--auth '{auth}': expected none, basic, digest or bearer")
            : RemoteAuthScheme.None;
        var secret = parseResult.GetValue(_password) ?? Environment.GetEnvironmentVariable("KG_REMOTE_PASSWORD");
        var chunkSize = parseResult.GetValue(_chunkSize);
        if (chunkSize < 1)
        {
            throw new UsageException("--chunk-size must be at least 1");
        }

        SparqlDialect dialect;
        RemoteStoreSettings settings;
        try
        {
            dialect = SparqlDialect.Find(parseResult.GetValue(_dialect));
            settings = new RemoteStoreSettings
            {
                QueryEndpoint = endpoint,
                GraphStoreEndpoint = endpoint,
                Auth = scheme,
                User = parseResult.GetValue(_user),
                Password = scheme == RemoteAuthScheme.Bearer ? null : secret,
                BearerToken = scheme == RemoteAuthScheme.Bearer ? secret : null,
                Dialect = dialect,
                Timeout = TimeSpan.FromMinutes(10),
            };
            settings.Validate();
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        var explicitFormat = parseResult.GetValue(_format);
        var explicitBase = parseResult.GetValue(_baseIri);
        var sources = parseResult.GetRequiredValue(_files).Select(path =>
        {
            if (StandardStreams.IsDash(path))
            {
                throw new UsageException("--remote loads files, not standard input (a resumable load reads its inputs again)");
            }

            if (!File.Exists(path))
            {
                throw new UsageException($"input file '{path}' does not exist");
            }

            var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
            return new RemoteLoadSource(path, FormatChoice.ForInput(explicitFormat, name), explicitBase);
        }).ToList();

        var checkpoint = parseResult.GetValue(_checkpoint) ?? "kg-remote-load.checkpoint.json";
        var c = CultureInfo.InvariantCulture;
        var options = new RemoteLoadOptions
        {
            ChunkSize = chunkSize,
            TargetGraph = StoreOptions.ParseGraph(parseResult.GetValue(_graph)),
            CheckpointPath = checkpoint,
            SkolemizeBlankNodes = !parseResult.GetValue(_keepBlankNodes),
            StopAfterChunks = parseResult.GetValue(_stopAfter),
            Progress = new SynchronousProgress(p => _console.Error.WriteLine(string.Create(c,
                $"kg load: {p.Statements:N0} statements in {p.Chunks} chunks, {p.StatementsPerSecond:N0} statements/s ({Path.GetFileName(p.File)})"))),
        };

        using var client = new RemoteSparqlClient(settings);
        RemoteLoadResult result;
        try
        {
            result = RemoteBulkLoader.LoadAsync(client, sources, options).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is RemoteStoreException or TimeoutException or InvalidOperationException or InvalidDataException or Rdf.RdfParseException)
        {
            _console.Error.WriteLine("kg load: " + e.Message);
            _console.Error.WriteLine($"kg load: what the remote acknowledged is recorded in {checkpoint}; run the same command again to resume");
            return ExitCodes.Failure;
        }

        _console.Out.WriteLine(string.Create(c, $"statements_sent: {result.StatementsSent}"));
        _console.Out.WriteLine(string.Create(c, $"statements_skipped_as_done: {result.StatementsSkipped}"));
        _console.Out.WriteLine(string.Create(c, $"chunks: {result.Chunks}"));
        _console.Out.WriteLine(string.Create(c, $"requests: {result.Requests}"));
        _console.Out.WriteLine(string.Create(c, $"seconds: {result.Elapsed.TotalSeconds:F3}"));
        _console.Out.WriteLine(string.Create(c, $"statements_per_second: {result.StatementsPerSecond:F0}"));
        _console.Out.WriteLine(result.Stopped ? $"stopped: resume with the same command (checkpoint {checkpoint})" : "complete: true");
        return ExitCodes.Success;
    }

    /// <summary>Reports on the loading thread (Progress&lt;T&gt; would post to the thread pool and reorder lines).</summary>
    private sealed class SynchronousProgress(Action<RemoteLoadProgress> report) : IProgress<RemoteLoadProgress>
    {
        public void Report(RemoteLoadProgress value) => report(value);
    }
}
