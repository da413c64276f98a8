using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Remote.Loading;

/// <summary>One input of a remote load.</summary>
public sealed record RemoteLoadSource(string Path, RdfFormat Format, string? BaseIri = null);

/// <summary>How a remote load runs.</summary>
public sealed record RemoteLoadOptions
{
    /// <summary>Statements per chunk; each chunk is one Graph Store POST per graph it touches.</summary>
    public int ChunkSize { get; init; } = 50_000;

    /// <summary>Where the inputs' default-graph triples go (null: the default graph, or the dialect's stand-in for it).</summary>
    public Iri? TargetGraph { get; init; }

    /// <summary>The checkpoint file; null loads without one (an interrupted load then starts over).</summary>
    public string? CheckpointPath { get; init; }

    /// <summary>
    /// Blank nodes become skolem IRIs <c>{SkolemBase}{load id}/{file}/{n}</c> (RDF 1.1 section 3.5), so a blank node
    /// used in two chunks stays one node and a chunk sent twice after an interruption adds nothing. False sends
    /// them as blank nodes: then every chunk makes fresh ones on the remote (see docs/scale-out.md).
    /// </summary>
    public bool SkolemizeBlankNodes { get; init; } = true;

    public string SkolemBase { get; init; } = "urn:x-kg:genid:";

    public IProgress<RemoteLoadProgress>? Progress { get; init; }

    /// <summary>Stop (as if interrupted) after this many chunks in this run; for tests of resumption.</summary>
    public long? StopAfterChunks { get; init; }
}

/// <summary>Progress after each chunk.</summary>
public sealed record RemoteLoadProgress(string File, long Statements, long Chunks, double StatementsPerSecond);

/// <summary>What a load did in this run (resumed work not counted).</summary>
public sealed record RemoteLoadResult(long StatementsSent, long StatementsSkipped, long Chunks, long Requests, TimeSpan Elapsed, bool Stopped)
{
    public double StatementsPerSecond => Elapsed.TotalSeconds > 0 ? StatementsSent / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Bulk-loads RDF files into a remote store through the Graph Store Protocol: each file is parsed as a stream, cut
/// into chunks of <see cref="RemoteLoadOptions.ChunkSize"/> statements, and each chunk is sent as N-Triples, one POST
/// (merge) per graph it touches. After the remote acknowledged a chunk, the checkpoint records it; a resumed load
/// re-parses each file and skips the statements already acknowledged. A chunk interrupted half-way is sent again:
/// harmless, because POST merges into a set of triples and blank nodes are skolemized to the same IRIs each time.
/// </summary>
public static class RemoteBulkLoader
{
    public static async Task<RemoteLoadResult> LoadAsync(RemoteSparqlClient client, IReadOnlyList<RemoteLoadSource> sources, RemoteLoadOptions options, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (options.ChunkSize < 1)
        {
            throw new ArgumentException("The chunk size must be at least 1 statement.");
        }

        var checkpoint = Prepare(sources, options);
        var clock = Stopwatch.StartNew();
        long sent = 0, skipped = 0, chunks = 0, requests = 0;
        for (var index = 0; index < sources.Count; index++)
        {
            var source = sources[index];
            var progress = checkpoint.Files[index];
            if (progress.Complete)
            {
                continue;
            }

            var skolem = new Dictionary<string, Iri>(StringComparer.Ordinal);
            var prefix = $"{options.SkolemBase}{checkpoint.LoadId}/{index}/";
            using var input = Open(source.Path);
            using var reader = RdfReaders.Create(source.Format, input, new RdfReaderOptions
            {
                BaseIri = source.BaseIri ?? new Uri(Path.GetFullPath(source.Path)).AbsoluteUri,
                SourceName = source.Path,
                PreserveBlankNodeLabels = true,
            });
            var chunk = new List<Quad>(Math.Min(options.ChunkSize, 1 << 20));
            long position = 0;
            foreach (var read in reader.ReadQuads())
            {
                // Skolemize even while skipping, so the n-th blank node of the file gets the same IRI in every run.
                var quad = options.SkolemizeBlankNodes ? Skolemize(read, skolem, prefix) : read;
                if (position++ < progress.StatementsDone)
                {
                    skipped++;
                    continue;
                }

                chunk.Add(quad);
                if (chunk.Count == options.ChunkSize)
                {
                    requests += await SendAsync(client, chunk, options, cancel).ConfigureAwait(false);
                    sent += chunk.Count;
                    chunks++;
                    Acknowledge(checkpoint, progress, chunk.Count, options);
                    options.Progress?.Report(new RemoteLoadProgress(source.Path, sent, chunks, sent / Math.Max(clock.Elapsed.TotalSeconds, 1e-6)));
                    chunk.Clear();
                    if (options.StopAfterChunks is { } stop && chunks >= stop)
                    {
                        return new RemoteLoadResult(sent, skipped, chunks, requests, clock.Elapsed, Stopped: true);
                    }
                }
            }

            if (chunk.Count > 0)
            {
                requests += await SendAsync(client, chunk, options, cancel).ConfigureAwait(false);
                sent += chunk.Count;
                chunks++;
                Acknowledge(checkpoint, progress, chunk.Count, options);
                options.Progress?.Report(new RemoteLoadProgress(source.Path, sent, chunks, sent / Math.Max(clock.Elapsed.TotalSeconds, 1e-6)));
            }

            progress.Complete = true;
            if (options.CheckpointPath is { } path)
            {
                checkpoint.Save(path);
            }
        }

        return new RemoteLoadResult(sent, skipped, chunks, requests, clock.Elapsed, Stopped: false);
    }

    private static LoadCheckpoint Prepare(IReadOnlyList<RemoteLoadSource> sources, RemoteLoadOptions options)
    {
        var files = sources.Select(s =>
        {
            var info = new FileInfo(s.Path);
            if (!info.Exists)
            {
                throw new FileNotFoundException($"input file '{s.Path}' does not exist", s.Path);
            }

            return new FileProgress { Path = info.FullName, Size = info.Length, LastWriteUtc = info.LastWriteTimeUtc };
        }).ToList();

        if (options.CheckpointPath is { } path && LoadCheckpoint.Read(path) is { } saved)
        {
            var same = saved.ChunkSize == options.ChunkSize
                && saved.TargetGraph == options.TargetGraph?.Value
                && saved.Files.Count == files.Count
                && saved.Files.Zip(files).All(p => p.First.Path == p.Second.Path && p.First.Size == p.Second.Size && p.First.LastWriteUtc == p.Second.LastWriteUtc);
            if (!same)
            {
                throw new InvalidOperationException(
                    $"{path} is the checkpoint of a different load (other files, a file changed since, another chunk size or graph): delete it to start afresh, or give the same inputs and options to resume.");
            }

            return saved;
        }

        var fresh = new LoadCheckpoint { ChunkSize = options.ChunkSize, TargetGraph = options.TargetGraph?.Value, Files = files };
        if (options.CheckpointPath is { } newPath)
        {
            fresh.Save(newPath);
        }

        return fresh;
    }

    private static void Acknowledge(LoadCheckpoint checkpoint, FileProgress progress, int statements, RemoteLoadOptions options)
    {
        progress.StatementsDone += statements;
        progress.ChunksDone++;
        if (options.CheckpointPath is { } path)
        {
            checkpoint.Save(path);
        }
    }

    /// <summary>Sends one chunk: one N-Triples POST per graph it touches. Returns the number of requests.</summary>
    private static async Task<int> SendAsync(RemoteSparqlClient client, List<Quad> chunk, RemoteLoadOptions options, CancellationToken cancel)
    {
        var requests = 0;
        foreach (var group in chunk.GroupBy(q => q.InDefaultGraph ? (Term?)options.TargetGraph ?? DefaultGraph.Instance : q.Graph))
        {
            using var buffer = new MemoryStream();
            using (var text = new StreamWriter(buffer, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
            using (var writer = RdfWriters.Create(RdfFormat.NTriples, text))
            {
                foreach (var quad in group)
                {
                    writer.Write(client.Dialect.PrepareQuad(new Quad(quad.Subject, quad.Predicate, quad.Obj)));
                }

                writer.Finish();
            }

            await client.GraphWriteAsync(group.Key, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), replace: false, null, cancel).ConfigureAwait(false);
            requests++;
        }

        return requests;
    }

    private static Quad Skolemize(Quad quad, Dictionary<string, Iri> skolem, string prefix)
    {
        if (quad.Subject is not BlankNode && quad.Obj is not BlankNode && quad.Graph is not BlankNode)
        {
            return quad;
        }

        return new Quad(Map(quad.Subject), quad.Predicate, Map(quad.Obj), Map(quad.Graph));

        Term Map(Term term)
        {
            if (term is not BlankNode b)
            {
                return term;
            }

            if (!skolem.TryGetValue(b.Label, out var iri))
            {
                iri = new Iri(prefix + skolem.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                skolem.Add(b.Label, iri);
            }

            return iri;
        }
    }

    private static TextReader Open(string path)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return new StreamReader(stream, new UTF8Encoding(false), true, 1 << 16);
    }
}
