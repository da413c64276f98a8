using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Store.Encoding;

namespace KnowledgeGraph.Store.Loading;

/// <summary>
/// Streams RDF inputs into a store in one write transaction: one thread parses while the calling thread
/// dictionary-encodes and buffers, and the commit writes each index's changes sorted in one go. All inputs land
/// together or, on the first error (a parse error in any file, unless lenient), none does.
/// </summary>
public static class BulkLoader
{
    private const int BatchSize = 4096;

    public static LoadResult Load(IQuadStore store, IEnumerable<LoadSource> sources, LoadOptions? options = null)
    {
        options ??= new LoadOptions();
        var clock = Stopwatch.StartNew();
        var sourceList = sources.ToList();
        long? totalBytes = sourceList.All(s => s.Length is not null) ? sourceList.Sum(s => s.Length!.Value) : null;
        var parsed = new ParseOutcome();

        using var txn = store.BeginWrite();
        var targetId = txn.GetOrAddId(options.TargetGraph ?? DefaultGraph.Instance);
        var ids = new RecentIds(txn);

        // Bounded, so a fast parser cannot run ahead of the encoder by more than a few batches.
        using var batches = new BlockingCollection<Quad[]>(boundedCapacity: 16);
        using var cancel = new CancellationTokenSource();
        var parser = new Thread(() => Parse(sourceList, options.Lenient, batches, parsed, cancel.Token)) { IsBackground = true, Name = "kg load parser" };
        parser.Start();
        long quads = 0;
        try
        {
            foreach (var batch in batches.GetConsumingEnumerable())
            {
                var before = quads;
                quads += Encode(batch, txn, ids, targetId);
                if (quads / options.ProgressInterval != before / options.ProgressInterval)
                {
                    options.Progress?.Report(new LoadProgress(quads, parsed.BytesRead, totalBytes, clock.Elapsed, "reading"));
                }
            }
        }
        finally
        {
            // On an encoding failure, stop the parser before the transaction is rolled back.
            cancel.Cancel();
            parser.Join();
        }

        parsed.Failure?.Throw();
        options.Progress?.Report(new LoadProgress(quads, parsed.BytesRead, totalBytes, clock.Elapsed, "committing"));
        var result = txn.Commit();
        options.Progress?.Report(new LoadProgress(quads, parsed.BytesRead, totalBytes, clock.Elapsed, "done"));
        return new LoadResult(quads, result.Inserted, parsed.Skipped, parsed.Errors, clock.Elapsed);
    }

    /// <summary>The encoder's inner loop, compiled optimized at once: a <c>kg load</c> process is too short for tiering to catch up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Encode(Quad[] batch, IStoreWriteTransaction txn, RecentIds ids, TermId targetId)
    {
        foreach (var quad in batch)
        {
            var graph = quad.InDefaultGraph ? targetId : ids.Get(quad.Graph);
            txn.Insert(new EncodedQuad(ids.Get(quad.Subject), ids.Get(quad.Predicate), ids.Get(quad.Obj), graph));
        }

        return batch.Length;
    }

    private static void Parse(List<LoadSource> sources, bool lenient, BlockingCollection<Quad[]> batches, ParseOutcome outcome, CancellationToken cancel)
    {
        try
        {
            long bytesBefore = 0;
            foreach (var source in sources)
            {
                using var counting = new CountingStream(source.Open());
                using var text = source.OpenTextReader?.Invoke() ?? LoadSource.OpenText(counting);
                var readerOptions = new RdfReaderOptions { SourceName = source.Name, BaseIri = source.BaseIri, Lenient = lenient };
                using var reader = RdfReaders.Create(source.Format, text, readerOptions);
                var batch = new List<Quad>(BatchSize);
                foreach (var quad in reader.ReadQuads())
                {
                    batch.Add(quad);
                    if (batch.Count == BatchSize)
                    {
                        batches.Add(batch.ToArray(), cancel);
                        batch.Clear();
                        outcome.BytesRead = bytesBefore + counting.BytesRead;
                    }
                }

                if (batch.Count > 0)
                {
                    batches.Add(batch.ToArray(), cancel);
                }

                bytesBefore += counting.BytesRead;
                outcome.BytesRead = bytesBefore;
                outcome.Skipped += reader.SkippedStatements;
                outcome.Errors.AddRange(reader.Errors);
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // The encoder failed and is unwinding; its exception is the one that matters.
        }
        catch (Exception e)
        {
            outcome.Failure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            batches.CompleteAdding();
        }
    }

    /// <summary>What the parser thread hands back besides quads.</summary>
    private sealed class ParseOutcome
    {
        private long _bytesRead;

        public long BytesRead
        {
            get => Interlocked.Read(ref _bytesRead);
            set => Interlocked.Exchange(ref _bytesRead, value);
        }

        public long Skipped { get; set; }

        public List<RdfParseException> Errors { get; } = [];

        public ExceptionDispatchInfo? Failure { get; set; }
    }

    /// <summary>
    /// Readers hand out the same Iri instance for a repeated IRI (predicates, classes, datatypes), so a cache by
    /// reference skips the dictionary's encode-hash-compare for most term occurrences. Bounded: cleared when full.
    /// </summary>
    private sealed class RecentIds(IStoreWriteTransaction txn)
    {
        private readonly Dictionary<Term, TermId> _recent = new(ReferenceEqualityComparer.Instance);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public TermId Get(Term term)
        {
            if (term is Literal)
            {
                return txn.GetOrAddId(term);
            }

            if (!_recent.TryGetValue(term, out var id))
            {
                if (_recent.Count >= 1 << 16)
                {
                    _recent.Clear();
                }

                id = txn.GetOrAddId(term);
                _recent[term] = id;
            }

            return id;
        }
    }
}
