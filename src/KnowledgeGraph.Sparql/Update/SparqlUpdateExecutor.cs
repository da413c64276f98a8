using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Sparql.Update;

/// <summary>
/// The SPARQL 1.1 Update façade: parses a request (or takes a parsed one), runs its operations in order on one
/// write transaction of the target, each seeing the changes of the ones before it, and commits them all at the
/// end, or nothing when any operation fails (without SILENT), the timeout passes or the request is cancelled.
/// Runs synchronously on the calling thread (the store's writer is tied to the thread that began it).
/// </summary>
public static class SparqlUpdateExecutor
{
    /// <summary>Parses and runs an update request. A syntax error throws <see cref="SparqlParseException"/> before anything starts.</summary>
    public static UpdateResult Execute(string updateText, IUpdateTarget target, UpdateOptions? options = null, string? baseIri = null) =>
        Execute(SparqlParser.ParseUpdate(updateText, baseIri), target, options);

    public static UpdateResult Execute(UpdateRequest request, IUpdateTarget target, UpdateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(target);
        options ??= UpdateOptions.Default;
        CheckDatasetConflict(request, options);
        var deadline = options.Timeout is { } t ? DateTime.UtcNow + t : (DateTime?)null;
        using var transaction = target.Begin();
        var overlay = new OverlayQuadSource(transaction.Source, transaction.RecordsEmptyGraphs ? transaction.EmptyGraphs : null);
        var run = new UpdateRun(overlay, request.Prologue, options, deadline);
        for (var i = 0; i < request.Operations.Count; i++)
        {
            run.Execute(request.Operations[i], i);
        }

        run.CheckContinue();
        foreach (var quad in overlay.Deleted)
        {
            transaction.Delete(quad);
        }

        foreach (var quad in overlay.Inserted)
        {
            transaction.Insert(quad);
        }

        if (transaction.RecordsEmptyGraphs)
        {
            foreach (var graph in overlay.InitialEmptyGraphs.Except(overlay.EmptyGraphRecords))
            {
                transaction.ForgetEmptyGraph(graph);
            }

            foreach (var graph in overlay.EmptyGraphRecords.Except(overlay.InitialEmptyGraphs))
            {
                transaction.RecordEmptyGraph(graph);
            }
        }

        run.CheckContinue();
        transaction.Commit();
        return new UpdateResult(overlay.Inserted.Count, overlay.Deleted.Count, request.Operations.Count);
    }

    /// <summary>SPARQL 1.1 Protocol 2.2.3: using-graph-uri / using-named-graph-uri may not be combined with USING, USING NAMED or WITH.</summary>
    private static void CheckDatasetConflict(UpdateRequest request, UpdateOptions options)
    {
        if (options.UsingGraphs is null && options.UsingNamedGraphs is null)
        {
            return;
        }

        for (var i = 0; i < request.Operations.Count; i++)
        {
            if (request.Operations[i] is Modify { With: not null } or Modify { Using.IsEmpty: false } or Modify { UsingNamed.IsEmpty: false })
            {
                throw new SparqlUpdateException(
                    "the using-graph-uri / using-named-graph-uri parameters cannot be combined with USING, USING NAMED or WITH in the request", i);
            }
        }
    }
}
