using KnowledgeGraph.Rdf;
using KnowledgeGraph.Rdf.Comparison;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Update;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Lmdb;
using KnowledgeGraph.Store.Sparql;

namespace KnowledgeGraph.Conformance.Tests.SparqlUpdate;

/// <summary>
/// Runs one update evaluation entry: builds the graph store before (on the in-memory target or on an LMDB store
/// in a temporary folder), executes the request through <see cref="SparqlUpdateExecutor"/> (LOAD reads only local
/// files under the suite folder), and compares the whole store after with the expected one as datasets, by
/// isomorphism (empty graphs have no quads, so "graph exists but is empty" and "no graph" compare equal).
/// </summary>
public static class SparqlUpdateRunner
{
    public static W3CEntryOutcome Run(SparqlUpdateEntry entry, UpdateBackend backend)
    {
        try
        {
            var before = Dataset(entry.DataBefore, entry.GraphDataBefore);
            var expected = Dataset(entry.DataAfter, entry.GraphDataAfter);
            var text = File.ReadAllText(entry.RequestPath);
            var options = new UpdateOptions
            {
                Timeout = TimeSpan.FromSeconds(30),
                Loader = new FileGraphLoader(Path.GetDirectoryName(Path.GetDirectoryName(entry.RequestPath))!),
            };
            var actual = backend == UpdateBackend.Memory ? RunInMemory(text, entry, before, options) : RunOnLmdb(text, entry, before, options);
            return GraphIsomorphism.AreIsomorphic(expected, actual)
                ? W3CEntryOutcome.Pass($"{entry.Id} ({backend}): the store after the update matches.")
                : W3CEntryOutcome.Fail($"{entry.Id} ({backend}): the store after the update differs: {GraphIsomorphism.Explain(expected, actual)}\nrequest:\n{text}");
        }
        catch (Exception e)
        {
            return W3CEntryOutcome.Fail($"{entry.Id} ({backend}): {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
        }
    }

    public static (W3CEntryStatus Status, string Explanation) Judge(SparqlUpdateEntry entry, W3CEntryOutcome outcome, SkipList skipList)
    {
        var reason = skipList.ReasonFor(entry.Id);
        return (reason, outcome.Passed) switch
        {
            (null, true) => (W3CEntryStatus.Passed, outcome.Detail),
            (null, false) => (W3CEntryStatus.Failed, outcome.Detail),
            (_, false) => (W3CEntryStatus.Skipped, $"{SparqlUpdateSuites.SkipListFileName}: {reason}. Still failing: {outcome.Detail}"),
            (_, true) => (W3CEntryStatus.PassingButListed, $"{entry.Id} is listed in {SparqlUpdateSuites.SkipListFileName} ({reason}) but now passes: remove its line."),
        };
    }

    private static List<Quad> RunInMemory(string text, SparqlUpdateEntry entry, List<Quad> before, UpdateOptions options)
    {
        var target = new InMemoryUpdateTarget(before);
        SparqlUpdateExecutor.Execute(text, target, options, entry.RequestIri);
        return target.Current.Match(null, null, null, null).ToList();
    }

    private static List<Quad> RunOnLmdb(string text, SparqlUpdateEntry entry, List<Quad> before, UpdateOptions options)
    {
        var folder = Path.Combine(Path.GetTempPath(), "kg-update-w3c-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var store = LmdbQuadStore.Open(folder, new LmdbStoreOptions { InitialMapSize = 64L << 20 });
            using (var write = store.BeginWrite())
            {
                foreach (var quad in before)
                {
                    write.Insert(quad);
                }

                write.Commit();
            }

            SparqlUpdateExecutor.Execute(text, new StoreUpdateTarget(store), options, entry.RequestIri);
            using var snapshot = store.OpenSnapshot();
            return new StoreQuadSource(snapshot).Match(null, null, null, null).ToList();
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static List<Quad> Dataset(IReadOnlyList<string> data, IReadOnlyList<(string Path, string Graph)> graphData)
    {
        var quads = new List<Quad>();
        foreach (var path in data)
        {
            quads.AddRange(ReadRdf(path).Select(q => new Quad(q.Subject, q.Predicate, q.Obj)));
        }

        foreach (var (path, graph) in graphData)
        {
            var name = new Iri(graph);
            quads.AddRange(ReadRdf(path).Select(q => new Quad(q.Subject, q.Predicate, q.Obj, name)));
        }

        return quads;
    }

    private static IEnumerable<Quad> ReadRdf(string path)
    {
        var format = RdfFormat.FromFileName(path) ?? throw new InvalidDataException($"{path}: unknown RDF format.");
        using var text = File.OpenText(path);
        var reader = RdfReaders.Create(format, text, new RdfReaderOptions { BaseIri = new Uri(path).AbsoluteUri, SourceName = path });
        return reader.ReadQuads().ToList();
    }
}
