using System.Diagnostics;
using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Store.Loading;

/// <summary>
/// Streams RDF inputs into a store in one write transaction: quads are parsed and dictionary-encoded as they
/// come, and the commit writes each index's changes sorted in one go. All inputs land together or, on the
/// first error (a parse error in any file, unless lenient), none does.
/// </summary>
public static class BulkLoader
{
    public static LoadResult Load(IQuadStore store, IEnumerable<LoadSource> sources, LoadOptions? options = null)
    {
        options ??= new LoadOptions();
        var clock = Stopwatch.StartNew();
        var sourceList = sources.ToList();
        long? totalBytes = sourceList.All(s => s.Length is not null) ? sourceList.Sum(s => s.Length!.Value) : null;
        long quads = 0, skipped = 0, bytesBefore = 0;
        var errors = new List<RdfParseException>();
        var target = options.TargetGraph ?? DefaultGraph.Instance;

        using var txn = store.BeginWrite();
        var targetId = txn.GetOrAddId(target);

        // Readers hand out the same Iri instance for a repeated IRI (predicates, classes, datatypes), so a
        // cache by reference skips the dictionary's encode-hash-compare for most term occurrences. Bounded.
        var recent = new Dictionary<Term, Encoding.TermId>(ReferenceEqualityComparer.Instance);
        Encoding.TermId Id(Term term)
        {
            if (term is Literal)
            {
                return txn.GetOrAddId(term);
            }

            if (!recent.TryGetValue(term, out var id))
            {
                if (recent.Count >= 1 << 16)
                {
                    recent.Clear();
                }

                id = txn.GetOrAddId(term);
                recent[term] = id;
            }

            return id;
        }

        foreach (var source in sourceList)
        {
            using var counting = new CountingStream(source.Open());
            using var text = source.OpenTextReader?.Invoke() ?? LoadSource.OpenText(counting);
            var readerOptions = new RdfReaderOptions { SourceName = source.Name, BaseIri = source.BaseIri, Lenient = options.Lenient };
            using var reader = RdfReaders.Create(source.Format, text, readerOptions);
            foreach (var quad in reader.ReadQuads())
            {
                var graph = quad.InDefaultGraph ? targetId : Id(quad.Graph);
                txn.Insert(new Encoding.EncodedQuad(Id(quad.Subject), Id(quad.Predicate), Id(quad.Obj), graph));
                if (++quads % options.ProgressInterval == 0)
                {
                    options.Progress?.Report(new LoadProgress(quads, bytesBefore + counting.BytesRead, totalBytes, clock.Elapsed, "reading"));
                }
            }

            skipped += reader.SkippedStatements;
            errors.AddRange(reader.Errors);
            bytesBefore += counting.BytesRead;
        }

        options.Progress?.Report(new LoadProgress(quads, bytesBefore, totalBytes, clock.Elapsed, "committing"));
        var result = txn.Commit();
        options.Progress?.Report(new LoadProgress(quads, bytesBefore, totalBytes, clock.Elapsed, "done"));
        return new LoadResult(quads, result.Inserted, skipped, errors, clock.Elapsed);
    }
}
