using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Data;
using KnowledgeGraph.Sparql.Evaluation;
using KnowledgeGraph.Sparql.Results;
using KnowledgeGraph.Sparql.Syntax;
using KnowledgeGraph.Store.Sparql;

namespace KnowledgeGraph.Server.Query;

/// <summary>
/// The processor on our SPARQL engine: <see cref="SparqlParser"/> for parsing, <see cref="SparqlEngine"/> over a
/// <see cref="StoreQuadSource"/> of the request's snapshot for evaluation, with the server's timeout and the
/// request's cancellation. Update requests are parsed (so a malformed one gets 400 with its position) and then
/// answered 501 until update execution is merged.
/// </summary>
public sealed class EngineSparqlProcessor : ISparqlProcessor
{
    public const string UpdateMessage =
        "SPARQL Update execution is not in this build yet (it is being built and has not been merged into the server); the update parsed correctly. "
        + "Use the Graph Store Protocol (/store, PUT/POST/DELETE) to write meanwhile.";

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

        throw new EngineUnavailableException(UpdateMessage);
    }

    private static QueryDataset? ToDataset(Protocol.ProtocolDataset dataset) =>
        dataset.IsUnspecified
            ? null
            : new QueryDataset(dataset.DefaultGraphs.Cast<Term>().ToArray(), dataset.NamedGraphs.Cast<Term>().ToArray());
}
