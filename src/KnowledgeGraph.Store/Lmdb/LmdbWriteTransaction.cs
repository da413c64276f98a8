using System.Buffers;
using System.Buffers.Binary;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Store.Encoding;
using KnowledgeGraph.Store.Indexing;
using LightningDB;

namespace KnowledgeGraph.Store.Lmdb;

/// <summary>
/// The LMDB write transaction. New terms and quad changes are buffered in memory and written by
/// <see cref="Commit"/> in one LMDB write transaction: sorted per index (appending when an index is empty),
/// statistics updated, then one synchronous commit. Buffering lets a commit that fills the memory map be
/// replayed after the map grows. Lookups of existing terms read a snapshot taken when the transaction began;
/// the store assumes one writing process (a commit checks that no other process allocated ids meanwhile).
/// </summary>
internal sealed class LmdbWriteTransaction : IStoreWriteTransaction
{
    private readonly LmdbQuadStore _store;
    private readonly PendingChanges _pending = new();
    private readonly Dictionary<Term, TermId> _newTerms = [];
    private readonly List<(long Seq, byte[] Bytes, ulong Hash)> _newEntries = [];
    private readonly ArrayBufferWriter<byte> _scratch = new(256);
    private readonly long _startSeq;
    private LightningTransaction? _read;
    private long _nextSeq;
    private bool _done;

    public LmdbWriteTransaction(LmdbQuadStore store)
    {
        _store = store;
        _read = store.Environment.BeginTransaction(TransactionBeginFlags.ReadOnly);
        _startSeq = _nextSeq = LmdbReads.ReadLong(store, _read, store.Meta, LmdbReads.NextSeqKey);
    }

    public int PendingCount => _pending.Count;

    public TermId GetOrAddId(Term term)
    {
        ThrowIfDone();
        if (term.IsDefaultGraph)
        {
            return TermId.DefaultGraph;
        }

        if (term is Literal literal && InlineValues.TryEncode(literal) is { } inline)
        {
            return inline;
        }

        if (_newTerms.TryGetValue(term, out var known))
        {
            return known;
        }

        TermBytes.Write(term, _scratch);
        var hash = TermHash.Compute(_scratch.WrittenSpan);
        var seq = LmdbReads.FindTerm(_store, _read!, _scratch.WrittenSpan, hash);
        if (seq < 0)
        {
            seq = _nextSeq++;
            _newEntries.Add((seq, _scratch.WrittenSpan.ToArray(), hash));
        }

        var id = TermId.Create(TermBytes.TagOf(term), (ulong)seq);
        _newTerms[term] = id;
        return id;
    }

    public void Insert(in Quad quad) => Insert(Encode(quad));

    public void Delete(in Quad quad) => Delete(Encode(quad));

    public void Insert(in EncodedQuad quad)
    {
        ThrowIfDone();
        _pending.Set(quad, true);
    }

    public void Delete(in EncodedQuad quad)
    {
        ThrowIfDone();
        _pending.Set(quad, false);
    }

    public CommitResult Commit()
    {
        ThrowIfDone();
        try
        {
            _read?.Dispose();
            _read = null;

            // Sorting the nine change lists needs no LMDB: it runs on other cores while this thread writes the dictionary.
            var sorting = Task.Run(_pending.ForAllIndexes);
            while (true)
            {
                try
                {
                    return WriteAll(sorting);
                }
                catch (LightningException e) when (e.StatusCode == (int)MDBResultCode.MapFull)
                {
                    _store.GrowMap();
                }
            }
        }
        finally
        {
            Finish();
        }
    }

    public void Dispose()
    {
        if (!_done)
        {
            Finish();
        }
    }

    private CommitResult WriteAll(Task<KeyChange[][]> sorting)
    {
        using var txn = _store.Environment.BeginTransaction();
        var storedNext = LmdbReads.ReadLong(_store, txn, _store.Meta, LmdbReads.NextSeqKey);
        if (storedNext != _startSeq)
        {
            throw new InvalidOperationException("Another process wrote to the store during this transaction; only one writing process is supported.");
        }

        WriteDictionary(txn);

        var oldStats = LmdbReads.ReadStatistics(_store, txn);
        var empty = oldStats.QuadCount == 0;
        var sorted = sorting.GetAwaiter().GetResult();

        // Inserting a present quad or deleting an absent one changes nothing; in an empty store nothing is present.
        var ineffective = PendingChanges.NewQuadSet();
        foreach (var primary in new[] { IndexId.Spo, IndexId.Spog })
        {
            foreach (var change in sorted[(int)primary])
            {
                var present = !empty && LmdbReads.Contains(_store, txn, primary, change.Key);
                if (present == change.Insert)
                {
                    ineffective.Add(IndexLayout.FromKey(primary, change.Key));
                }
            }
        }

        var applied = PendingChanges.Effective(sorted, ineffective);
        var stats = new StatisticsUpdate(oldStats, applied);
        stats.Prepare(s => LmdbReads.HasSubject(_store, txn, s), o => LmdbReads.HasObject(_store, txn, o));
        foreach (var index in Enum.GetValues<IndexId>())
        {
            WriteIndex(txn, index, PendingChanges.Without(sorted[(int)index], index, ineffective));
        }

        var newStats = stats.Finish(s => LmdbReads.HasSubject(_store, txn, s), o => LmdbReads.HasObject(_store, txn, o));
        WriteStatistics(txn, applied, newStats);
        txn.Commit().ThrowOnError();
        var inserted = applied.Count(a => a.Insert);
        return new CommitResult(inserted, applied.Count - inserted);
    }

    private void WriteDictionary(LightningTransaction txn)
    {
        Span<byte> key = stackalloc byte[8 + KeyCodec.MaxComponentBytes];
        using (var cursor = txn.CreateCursor(_store.IdToTerm))
        {
            // Sequence numbers only grow, so new entries append at the end of the table.
            foreach (var (seq, bytes, _) in _newEntries)
            {
                var n = KeyCodec.WriteComponent(key, (ulong)seq);
                cursor.Put(key[..n], bytes, CursorPutOptions.AppendData).ThrowOnError();
            }
        }

        // In hash order, B-tree inserts go left to right through the pages instead of jumping around.
        // A sorted copy: the entries stay in sequence order for a replay after the map grows.
        var byHash = _newEntries.ToArray();
        Array.Sort(byHash, (a, b) => a.Hash != b.Hash ? a.Hash.CompareTo(b.Hash) : a.Seq.CompareTo(b.Seq));
        using (var cursor = txn.CreateCursor(_store.TermToId))
        {
            var append = cursor.Last().resultCode == MDBResultCode.NotFound;
            foreach (var (seq, _, hash) in byHash)
            {
                BinaryPrimitives.WriteUInt64BigEndian(key, hash);
                var n = 8 + KeyCodec.WriteComponent(key[8..], (ulong)seq);
                cursor.Put(key[..n], ReadOnlySpan<byte>.Empty, append ? CursorPutOptions.AppendData : CursorPutOptions.None).ThrowOnError();
            }
        }

        txn.Put(_store.Meta, LmdbReads.NextSeqKey, KeyCodec.Int64Bytes(_nextSeq)).ThrowOnError();
    }

    private void WriteIndex(LightningTransaction txn, IndexId index, KeyChange[] changes)
    {
        if (changes.Length == 0)
        {
            return;
        }

        var db = _store.Indexes[(int)index];
        var width = LmdbReads.Width(index);
        Span<byte> key = stackalloc byte[KeyCodec.MaxComponentBytes * 4];
        using var cursor = txn.CreateCursor(db);

        // Appending (no page splits, full pages) is allowed when every key goes after the current last one.
        var append = cursor.Last().resultCode == MDBResultCode.NotFound;
        if (!append)
        {
            var (_, last, _) = cursor.GetCurrent();
            var n0 = KeyCodec.Write(key, changes[0].Key, width);
            append = last.AsSpan().SequenceCompareTo(key[..n0]) < 0 && changes.All(c => c.Insert);
        }

        foreach (var change in changes)
        {
            var n = KeyCodec.Write(key, change.Key, width);
            if (change.Insert)
            {
                cursor.Put(key[..n], ReadOnlySpan<byte>.Empty, append ? CursorPutOptions.AppendData : CursorPutOptions.None).ThrowOnError();
            }
            else
            {
                var code = txn.Delete(db, key[..n]);
                if (code != MDBResultCode.NotFound)
                {
                    code.ThrowOnError();
                }
            }
        }
    }

    private void WriteStatistics(LightningTransaction txn, List<(EncodedQuad Quad, bool Insert)> applied, StoreStatistics stats)
    {
        txn.Put(_store.Stats, LmdbReads.TotalKey, KeyCodec.Int64Bytes(stats.QuadCount)).ThrowOnError();
        txn.Put(_store.Stats, LmdbReads.SubjectsKey, KeyCodec.Int64Bytes(stats.DistinctSubjects)).ThrowOnError();
        txn.Put(_store.Stats, LmdbReads.ObjectsKey, KeyCodec.Int64Bytes(stats.DistinctObjects)).ThrowOnError();
        var predicates = applied.Select(a => a.Quad.Predicate).ToHashSet();
        var graphs = applied.Select(a => a.Quad.Graph).ToHashSet();
        Span<byte> key = stackalloc byte[1 + KeyCodec.MaxComponentBytes];
        foreach (var (prefix, ids, map) in new[] { (LmdbReads.PredicatePrefix, predicates, stats.PerPredicate), (LmdbReads.GraphPrefix, graphs, stats.PerGraph) })
        {
            foreach (var id in ids)
            {
                key[0] = prefix;
                var n = 1 + KeyCodec.WriteComponent(key[1..], id.Value);
                if (map.TryGetValue(id, out var count))
                {
                    txn.Put(_store.Stats, key[..n], KeyCodec.Int64Bytes(count)).ThrowOnError();
                }
                else
                {
                    var code = txn.Delete(_store.Stats, key[..n]);
                    if (code != MDBResultCode.NotFound)
                    {
                        code.ThrowOnError();
                    }
                }
            }
        }
    }

    private EncodedQuad Encode(in Quad quad) =>
        new(GetOrAddId(quad.Subject), GetOrAddId(quad.Predicate), GetOrAddId(quad.Obj), GetOrAddId(quad.Graph));

    private void Finish()
    {
        _done = true;
        _read?.Dispose();
        _read = null;
        _pending.Clear();
        _store.EndWrite();
    }

    private void ThrowIfDone() => ObjectDisposedException.ThrowIf(_done, this);
}
