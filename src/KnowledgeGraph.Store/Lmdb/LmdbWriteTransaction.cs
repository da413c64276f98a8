using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
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
internal sealed class LmdbWriteTransaction : BufferedWriteTransaction
{
    private readonly LmdbQuadStore _store;
    private readonly TermTable _terms = new();
    private readonly ArrayBufferWriter<byte> _scratch = new(256);
    private readonly long _startSeq;
    private LightningTransaction? _read;
    private long _nextSeq;

    public LmdbWriteTransaction(LmdbQuadStore store)
    {
        _store = store;
        _read = store.Environment.BeginTransaction(TransactionBeginFlags.ReadOnly);
        _startSeq = _nextSeq = LmdbReads.ReadLong(store, _read, store.Meta, LmdbReads.NextSeqKey);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override TermId GetOrAddId(Term term)
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

        // Every term met is kept in the table: new ones (sequence numbers from _startSeq on, written at commit)
        // and ones found in the store, so a repeated term costs one in-memory lookup and no LMDB read.
        TermBytes.Write(term, _scratch);
        var bytes = _scratch.WrittenSpan;
        var hash = TermHash.Compute(bytes);
        var seq = _terms.Find(bytes, hash);
        if (seq < 0)
        {
            seq = _startSeq == 0 ? -1 : LmdbReads.FindTerm(_store, _read!, bytes, hash);
            if (seq < 0)
            {
                seq = _nextSeq++;
            }

            _terms.Add(bytes, hash, seq);
        }

        return TermId.Create(TermBytes.TagOf(term), (ulong)seq);
    }

    public override CommitResult Commit()
    {
        ThrowIfDone();
        try
        {
            _read?.Dispose();
            _read = null;

            // Sorting the nine change lists needs no LMDB: it runs on other cores while this thread writes the dictionary.
            var sorting = Task.Run(Pending.ForAllIndexes);
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

    private CommitResult WriteAll(Task<KeyChange[][]> sorting)
    {
        using var txn = _store.Environment.BeginTransaction();
        var storedNext = LmdbReads.ReadLong(_store, txn, _store.Meta, LmdbReads.NextSeqKey);
        if (storedNext != _startSeq)
        {
            throw new InvalidOperationException("Another process wrote to the store during this transaction; only one writing process is supported.");
        }

        WriteDictionary(txn);
        WriteGraphRecords(txn);

        var oldStats = LmdbReads.ReadStatistics(_store, txn);
        var empty = oldStats.QuadCount == 0;
        var sorted = sorting.GetAwaiter().GetResult();

        if (empty && Pending.InsertsOnly)
        {
            // Inserts into an empty store all take effect, and the statistics follow from the sorted keys.
            var fresh = FreshStatistics.From(sorted);
            foreach (var index in Enum.GetValues<IndexId>())
            {
                WriteIndex(txn, index, sorted[(int)index]);
            }

            WriteStatistics(txn, fresh.PerPredicate.Keys, fresh.PerGraph.Keys, fresh);
            txn.Commit().ThrowOnError();
            return new CommitResult(fresh.QuadCount, 0);
        }

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
        WriteStatistics(txn, applied.Select(a => a.Quad.Predicate).ToHashSet(), applied.Select(a => a.Quad.Graph).ToHashSet(), newStats);
        txn.Commit().ThrowOnError();
        var inserted = applied.Count(a => a.Insert);
        return new CommitResult(inserted, applied.Count - inserted);
    }

    private void WriteGraphRecords(LightningTransaction txn)
    {
        Span<byte> key = stackalloc byte[KeyCodec.MaxComponentBytes];
        foreach (var (graph, create) in GraphChanges)
        {
            var n = KeyCodec.WriteComponent(key, graph.Value);
            if (create)
            {
                txn.Put(_store.Graphs, key[..n], ReadOnlySpan<byte>.Empty).ThrowOnError();
            }
            else
            {
                var code = txn.Delete(_store.Graphs, key[..n]);
                if (code != MDBResultCode.NotFound)
                {
                    code.ThrowOnError();
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteDictionary(LightningTransaction txn)
    {
        Span<byte> key = stackalloc byte[8 + KeyCodec.MaxComponentBytes];
        var fresh = new List<int>(_terms.Count);
        for (var e = 0; e < _terms.Count; e++)
        {
            if (_terms.SeqAt(e) >= _startSeq)
            {
                fresh.Add(e);
            }
        }

        using (var cursor = txn.CreateCursor(_store.IdToTerm))
        {
            // Sequence numbers only grow (entries were added in sequence order), so new entries append at the end of the table.
            foreach (var e in fresh)
            {
                var n = KeyCodec.WriteComponent(key, (ulong)_terms.SeqAt(e));
                cursor.Put(key[..n], _terms.BytesAt(e), CursorPutOptions.AppendData).ThrowOnError();
            }
        }

        // In (hash, sequence) order, B-tree inserts go left to right through the pages instead of jumping around
        // (and into an empty table they append). A sorted copy: the entries stay put for a replay after the map grows.
        var hashes = new ulong[fresh.Count];
        var byHash = fresh.ToArray();
        for (var i = 0; i < byHash.Length; i++)
        {
            hashes[i] = _terms.HashAt(byHash[i]);
        }

        Array.Sort(hashes, byHash);
        for (var i = 1; i < hashes.Length; i++)
        {
            // Equal 64-bit hashes (rare) must still go in sequence order: the key is hash, then sequence number.
            if (hashes[i] == hashes[i - 1])
            {
                var end = i;
                while (end + 1 < hashes.Length && hashes[end + 1] == hashes[i])
                {
                    end++;
                }

                Array.Sort(byHash, i - 1, end - i + 2, Comparer<int>.Create((a, b) => _terms.SeqAt(a).CompareTo(_terms.SeqAt(b))));
                i = end;
            }
        }

        using (var cursor = txn.CreateCursor(_store.TermToId))
        {
            var append = cursor.Last().resultCode == MDBResultCode.NotFound;
            for (var i = 0; i < byHash.Length; i++)
            {
                BinaryPrimitives.WriteUInt64BigEndian(key, hashes[i]);
                var n = 8 + KeyCodec.WriteComponent(key[8..], (ulong)_terms.SeqAt(byHash[i]));
                cursor.Put(key[..n], ReadOnlySpan<byte>.Empty, append ? CursorPutOptions.AppendData : CursorPutOptions.None).ThrowOnError();
            }
        }

        txn.Put(_store.Meta, LmdbReads.NextSeqKey, KeyCodec.Int64Bytes(_nextSeq)).ThrowOnError();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    /// <summary>Writes the totals and the per-predicate and per-graph counts of the ids a commit touched.</summary>
    private void WriteStatistics(LightningTransaction txn, IEnumerable<TermId> predicates, IEnumerable<TermId> graphs, StoreStatistics stats)
    {
        txn.Put(_store.Stats, LmdbReads.TotalKey, KeyCodec.Int64Bytes(stats.QuadCount)).ThrowOnError();
        txn.Put(_store.Stats, LmdbReads.SubjectsKey, KeyCodec.Int64Bytes(stats.DistinctSubjects)).ThrowOnError();
        txn.Put(_store.Stats, LmdbReads.ObjectsKey, KeyCodec.Int64Bytes(stats.DistinctObjects)).ThrowOnError();
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

    protected override void Finish()
    {
        Done = true;
        _read?.Dispose();
        _read = null;
        Pending.Clear();
        GraphChanges.Clear();
        _store.EndWrite();
    }
}
