using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Sparql.Update;
using KnowledgeGraph.Store.Sparql;

namespace KnowledgeGraph.Server.Query;

/// <summary>
/// The processor on our SPARQL engine: <see cref="SparqlParser"/> for parsing, <see cref="SparqlEngine"/> over a
/// <see cref="StoreQuadSource"/> of the request's snapshot for evaluation, with the server's timeout and the
/// request's cancellation. Update requests run through <see cref="SparqlUpdateExecutor"/> in one store write
/// transaction (atomic), with LOAD going through <see cref="PolicyGraphLoader"/> when an allow-list is configured.
/// SERVICE runs through <see cref="PolicyServiceExecutor"/> when the request carries a SERVICE policy (an allow-list
/// is configured); otherwise the engine refuses it.
/// </summary>
public sealed class EngineSparqlProcessor : ISparqlProcessor
{
    private readonly ServiceLimits _serviceLimits;
    private volatile PolicyServiceExecutor? _serviceExecutor;

    public EngineSparqlProcessor()
        : this(null)
    {
    }

    public EngineSparqlProcessor(Microsoft.Extensions.Options.IOptions<Options.ServerOptions>? options)
    {
        var o = options?.Value ?? new Options.ServerOptions();
        _serviceLimits = new ServiceLimits(o.ServiceMaxResponseBytes, o.ServiceMaxRows);
    }

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
        return new ParsedQuery(text, form, query);
    }

    public QueryResult Evaluate(ParsedQuery query, QueryExecution execution)
    {
        var engine = new SparqlEngine(new StoreQuadSource(execution.Snapshot), new EvaluationOptions
        {
            Timeout = execution.Timeout,
            Cancellation = execution.Cancel,
            ServiceExecutor = execution.ServicePolicy is { IsEnabled: true } policy ? ServiceExecutorFor(policy) : null,
        });
        return engine.Query((KnowledgeGraph.Sparql.Algebra.Query)query.Plan, ToDataset(execution.Dataset));
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

        // SPARQL 1.1 Protocol 2.2.3: protocol USING graphs and USING/WITH in the request contradict each other.
        if (!execution.UsingDataset.IsUnspecified
            && request.Operations.OfType<Modify>().Any(m => m.With is not null || !m.Using.IsEmpty || !m.UsingNamed.IsEmpty))
        {
            throw new Protocol.ProtocolError(400, "using-graph-uri/using-named-graph-uri cannot be combined with USING, USING NAMED or WITH in the update.");
        }

        var options = new UpdateOptions
        {
            Timeout = execution.Timeout,
            Cancellation = execution.Cancel,
            Loader = execution.LoadPolicy is { IsEnabled: true } policy ? new PolicyGraphLoader(policy, execution.MaxLoadBytes) : DisabledGraphLoader.Instance,
            ServiceExecutor = execution.ServicePolicy is { IsEnabled: true } servicePolicy ? ServiceExecutorFor(servicePolicy) : null,
            UsingGraphs = execution.UsingDataset.IsUnspecified ? null : execution.UsingDataset.DefaultGraphs,
            UsingNamedGraphs = execution.UsingDataset.IsUnspecified ? null : execution.UsingDataset.NamedGraphs,
        };
        try
        {
            // One store write for the whole request: the executor stages every operation over a snapshot and the
            // host commits once at the end, so a failing operation leaves the store as it was.
            var result = execution.Store.Write(
                write => SparqlUpdateExecutor.Execute(request, StoreUpdateTarget.Within(write, () => execution.Store.OpenSnapshot().Snapshot), options),
                execution.Cancel);
            return new UpdateOutcome(result.Operations, result.Inserted, result.Deleted);
        }
        catch (Exception e) when (e is SparqlUpdateException or GraphLoadException or SparqlEvaluationException)
        {
            throw new UpdateFailedException(e.Message, e);
        }
    }

    /// <summary>One executor (one HTTP connection pool) per policy; the server has a single SERVICE policy.</summary>
    private PolicyServiceExecutor ServiceExecutorFor(Security.UrlPolicy policy)
    {
        var executor = _serviceExecutor;
        if (executor is null || !ReferenceEquals(executor.Policy, policy))
        {
            _serviceExecutor = executor = new PolicyServiceExecutor(policy, _serviceLimits);
        }

        return executor;
    }

    private static QueryDataset? ToDataset(Protocol.ProtocolDataset dataset) =>
        dataset.IsUnspecified
            ? null
            : new QueryDataset(dataset.DefaultGraphs.Cast<Term>().ToArray(), dataset.NamedGraphs.Cast<Term>().ToArray());
}
