using KnowledgeGraph.Remote;
using KnowledgeGraph.Server.Protocol;
using KnowledgeGraph.Server.Query;
using KnowledgeGraph.Server.Security;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Expressions;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;

namespace KnowledgeGraph.Server.Remote;

/// <summary>
/// The SPARQL processor on a remote store. Requests are parsed here first (a malformed one is a 400 with line and
/// column before any traffic, the query form picks the result formats, the SERVICE and LOAD policies are applied:
/// a remote store would call out from its own network), then the text is sent as written, with the request's base
/// IRI as a BASE line. Everything in front (auth, limits, result cache, ETag) is the server's as usual; remote
/// failures become <see cref="SparqlEvaluationException"/> (the remote rejected the request: 400) or
/// <see cref="RemoteStoreException"/> (it failed or is unreachable: 502), timeouts become <see cref="QueryTimeoutException"/>.
/// </summary>
public sealed class RemoteSparqlProcessor(RemoteSparqlClient client, RemoteWriteRecorder writes) : ISparqlProcessor
{
    public ParsedQuery PrepareQuery(string text, string? baseIri)
    {
        KnowledgeGraph.Sparql.Algebra.Query query;
        try
        {
            query = SparqlParser.ParseQuery(text, baseIri);
        }
        catch (SparqlParseException e)
        {
            throw new SparqlSyntaxError(e.Description, e.Line, e.Column, e);
        }

        var form = query switch
        {
            SelectQuery => QueryForm.Select,
            AskQuery => QueryForm.Ask,
            ConstructQuery => QueryForm.Construct,
            DescribeQuery => QueryForm.Describe,
            _ => throw new SparqlSyntaxError($"unsupported query form {query.GetType().Name}", 1, 1),
        };
        return new ParsedQuery(text, form, new RemotePlan(WithBase(text, baseIri), query));
    }

    public QueryResult Evaluate(ParsedQuery query, QueryExecution execution)
    {
        var plan = (RemotePlan)query.Plan;
        CheckServices(ServicePatterns.In(plan.Query.Pattern), execution.ServicePolicy, execution.Cancel);
        try
        {
            // The caller's snapshot says which default graph it means (the server's UnionDefaultGraph, or a feature's own
            // choice, e.g. dumps read the default graph alone); the remote gets the same meaning through the dialect.
            var text = !execution.Snapshot.UnionDefaultGraph && execution.Dataset.IsUnspecified && !plan.Query.Dataset.IsSpecified
                ? client.Dialect.DefaultGraphOnly(plan.Text)
                : plan.Text;
            return client.QueryAsync(text, query.GivesGraph, ToRemote(execution.Dataset), execution.Timeout, execution.Cancel).GetAwaiter().GetResult();
        }
        catch (RemoteStoreException e) when (e.IsClientError)
        {
            throw new SparqlEvaluationException(e.Message);
        }
        catch (TimeoutException e)
        {
            throw new QueryTimeoutException(e.Message, e);
        }
    }

    public UpdateOutcome Update(string text, string? baseIri, UpdateExecution execution)
    {
        UpdateRequest request;
        try
        {
            request = SparqlParser.ParseUpdate(text, baseIri);
        }
        catch (SparqlParseException e)
        {
            throw new SparqlSyntaxError(e.Description, e.Line, e.Column, e);
        }

        var modifies = request.Operations.OfType<Modify>().ToList();
        if (!execution.UsingDataset.IsUnspecified && modifies.Any(m => m.With is not null || !m.Using.IsEmpty || !m.UsingNamed.IsEmpty))
        {
            throw new ProtocolError(400, "using-graph-uri/using-named-graph-uri cannot be combined with USING, USING NAMED or WITH in the update.");
        }

        CheckServices(modifies.SelectMany(m => ServicePatterns.In(m.Where)), execution.ServicePolicy, execution.Cancel);
        foreach (var load in request.Operations.OfType<Load>())
        {
            // The remote store fetches LOAD URLs itself, from its network: only what our policy allows may go there.
            var refusal = execution.LoadPolicy is { IsEnabled: true } policy
                ? policy.CheckAsync(load.Source.Value, execution.Cancel).GetAwaiter().GetResult()
                : "LOAD is turned off on this server (KnowledgeGraph:LoadAllowList is empty)";
            if (refusal is not null)
            {
                throw new UpdateFailedException($"LOAD <{load.Source.Value}> refused: {refusal}.", new InvalidOperationException(refusal));
            }
        }

        try
        {
            client.UpdateAsync(WithBase(text, baseIri), ToRemote(execution.UsingDataset), execution.Timeout, execution.Cancel).GetAwaiter().GetResult();
        }
        catch (RemoteStoreException e) when (e.IsClientError)
        {
            throw new UpdateFailedException(e.Message, e);
        }
        catch (TimeoutException e)
        {
            throw new OperationCanceledException(e.Message, e);
        }

        // Our caches must not serve the old answers, whatever the remote did.
        writes.RecordAsync(CancellationToken.None).GetAwaiter().GetResult();

        // The remote does not say how many quads changed: -1 marks "unknown" in the log.
        return new UpdateOutcome(request.Operations.Count, -1, -1);
    }

    /// <summary>The protocol gives the base IRI outside the text; the remote only sees the text, so it goes in as a BASE line.</summary>
    private static string WithBase(string text, string? baseIri) =>
        string.IsNullOrEmpty(baseIri) ? text : $"BASE <{baseIri}>\n{text}";

    private static RemoteDataset? ToRemote(ProtocolDataset dataset) =>
        dataset.IsUnspecified
            ? null
            : new RemoteDataset([.. dataset.DefaultGraphs.Select(g => g.Value)], [.. dataset.NamedGraphs.Select(g => g.Value)]);

    private static void CheckServices(IEnumerable<Service> services, UrlPolicy? policy, CancellationToken cancel)
    {
        foreach (var service in services)
        {
            if (policy is null || !policy.IsEnabled)
            {
                throw new SparqlEvaluationException("SERVICE is turned off on this server (KnowledgeGraph:ServiceAllowList is empty).");
            }

            if (service.Endpoint is not TermNode { Term: KnowledgeGraph.Rdf.Model.Iri iri })
            {
                throw new SparqlEvaluationException("SERVICE with a variable endpoint cannot be checked against the allow-list before the remote store runs it; name the endpoint.");
            }

            if (policy.CheckAsync(iri.Value, cancel).GetAwaiter().GetResult() is { } refusal)
            {
                throw new SparqlEvaluationException($"SERVICE <{iri.Value}> refused: {refusal}.");
            }
        }
    }

    /// <summary>What a prepared remote query keeps: the text to send and our parse of it (for the policies).</summary>
    private sealed record RemotePlan(string Text, KnowledgeGraph.Sparql.Algebra.Query Query);
}
