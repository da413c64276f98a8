using System.Globalization;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Algebra;
using KnowledgeGraph.Sparql.Expressions;
using KnowledgeGraph.Sparql.Results;

namespace KnowledgeGraph.Sparql.Evaluation;

/// <summary>
/// SERVICE: the pattern is printed as a SPARQL SELECT of its in-scope variables (<see cref="SparqlTextPrinter"/>)
/// and run at the endpoint by the injected <see cref="IServiceExecutor"/>. Bindings already known for the
/// variables it always binds go along as a VALUES block, one row per distinct binding, tagged with a row index the endpoint
/// projects back so every answer is joined only with the rows it was asked for (a bound join, as Jena's and
/// Oxigraph's). Without an executor SERVICE fails as disabled. With SILENT any failure of the call (refusal,
/// network, bad response, the endpoint variable unbound) gives the single empty solution instead; the query's
/// own timeout or cancellation still ends the query.
/// </summary>
public sealed class ServiceNode : PlanNode
{
    private const int MaxMemoEntries = 1024;
    private readonly Service _service;
    private readonly Variable[] _projection;
    private readonly int[] _projectionSlots;
    private readonly bool[] _certain;
    private readonly int? _endpointSlot;
    private readonly Iri? _endpoint;
    private readonly Variable _rowVariable;
    private readonly Dictionary<string, List<(int Index, Term?[] Row)>> _memo = new(StringComparer.Ordinal);
    private ExecutionContext? _memoContext;

    public ServiceNode(Service service, VariableTable variables, bool transparent)
    {
        _service = service;
        Silent = service.Silent;
        Transparent = transparent;
        _projection = [.. VariableScope.InScope(service.Input).Where(v => !v.IsGenerated)];
        _projectionSlots = [.. _projection.Select(variables.Slot)];
        var certain = Optimizer.AlgebraScope.Certain(service.Input);
        _certain = [.. _projection.Select(certain.Contains)];
        _rowVariable = SparqlTextPrinter.FreshVariable(service.Input, "row");
        switch (service.Endpoint)
        {
            case Variable v:
                _endpointSlot = variables.Slot(v);
                break;
            case TermNode { Term: Iri iri }:
                _endpoint = iri;
                break;
            default:
                throw new SparqlEvaluationException($"SERVICE {service.Endpoint}: the endpoint must be an IRI or a variable.");
        }
    }

    public string Endpoint => _service.Endpoint.ToString() ?? string.Empty;

    public bool Silent { get; }

    public bool Transparent { get; }

    /// <summary>The variables the endpoint is asked for (the pattern's in-scope, non-generated variables).</summary>
    public IReadOnlyList<Variable> Projection => _projection;

    /// <summary>
    /// A variable endpoint needs its row (it is evaluated per binding of the variable); a constant one is evaluated
    /// once without bindings and hash-joined, unless a <see cref="ServiceJoinNode"/> feeds it batches.
    /// </summary>
    public override bool AcceptsSeed => Transparent || _endpointSlot is not null;

    public override string Label(VariableTable variables) =>
        $"service {(Silent ? "silent " : string.Empty)}{Endpoint} ({string.Join(" ", _projection.Select(v => v.ToString()))})";

    protected override IEnumerable<Term?[]> Run(Term?[] seed, ExecutionContext context, ActiveGraph graph) =>
        Join([seed], context);

    /// <summary>The join of each row of <paramref name="batch"/> with the pattern's solutions at its endpoint, in batch order.</summary>
    public IEnumerable<Term?[]> Join(IReadOnlyList<Term?[]> batch, ExecutionContext context)
    {
        var executor = context.Options.ServiceExecutor;
        if (executor is null)
        {
            if (!Silent)
            {
                throw new SparqlEvaluationException($"SERVICE {Endpoint}: federated queries are disabled.");
            }

            return batch;
        }

        // Rows grouped by endpoint; a row whose endpoint variable is unbound or not an IRI fails (or, SILENT, passes).
        var answers = new List<(int Index, Term?[] Row)>?[batch.Count];
        var rowIndex = new int[batch.Count];
        var byEndpoint = new Dictionary<Iri, List<int>>();
        for (var i = 0; i < batch.Count; i++)
        {
            var endpoint = _endpoint ?? batch[i][_endpointSlot!.Value] as Iri;
            if (endpoint is null)
            {
                if (!Silent)
                {
                    var value = batch[i][_endpointSlot!.Value];
                    throw new SparqlEvaluationException(value is null
                        ? $"SERVICE {Endpoint}: the variable is unbound, so there is no endpoint to call."
                        : $"SERVICE {Endpoint}: the endpoint {value} is not an IRI.");
                }

                continue;
            }

            if (!byEndpoint.TryGetValue(endpoint, out var rows))
            {
                byEndpoint.Add(endpoint, rows = []);
            }

            rows.Add(i);
        }

        foreach (var (endpoint, rows) in byEndpoint)
        {
            var (values, indexOf) = Values(batch, rows);
            var result = Call(executor, endpoint, values, context);
            foreach (var i in rows)
            {
                rowIndex[i] = values is null ? -1 : indexOf[i];
                answers[i] = result;
            }
        }

        return Emit(batch, answers, rowIndex);
    }

    private static IEnumerable<Term?[]> Emit(IReadOnlyList<Term?[]> batch, List<(int Index, Term?[] Row)>?[] answers, int[] rowIndex)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            var left = batch[i];
            if (answers[i] is not { } result)
            {
                // SILENT failure: the single empty solution, joined with the row, is the row.
                yield return left;
                continue;
            }

            foreach (var (index, row) in result)
            {
                if ((index < 0 || index == rowIndex[i]) && Rows.Compatible(left, row))
                {
                    yield return Rows.Merge(left, row);
                }
            }
        }
    }

    /// <summary>
    /// The VALUES block for the rows: their distinct bindings of the pattern's variables that are bound in every
    /// solution of the pattern (certain) and in every one of these rows, each with its index; null when there is
    /// no such variable. Other variables are left to the local compatibility check, so the block never holds UNDEF
    /// and never binds a variable the pattern may leave unbound: endpoints differ there (Virtuoso joins a VALUES
    /// binding with an OPTIONAL variable as if it were a filter). Blank nodes are local and never sent.
    /// </summary>
    private (Table? Values, Dictionary<int, int> IndexOf) Values(IReadOnlyList<Term?[]> batch, List<int> rows)
    {
        var used = new bool[_projectionSlots.Length];
        for (var k = 0; k < used.Length; k++)
        {
            used[k] = _certain[k] && rows.All(i => batch[i][_projectionSlots[k]] is not null and not BlankNode);
        }

        var indexOf = new Dictionary<int, int>();
        var keys = new Dictionary<Term?[], int>(RowComparer.Instance);
        foreach (var i in rows)
        {
            var key = new Term?[_projectionSlots.Length];
            for (var k = 0; k < key.Length; k++)
            {
                key[k] = used[k] ? batch[i][_projectionSlots[k]] : null;
            }

            if (!keys.TryGetValue(key, out var index))
            {
                keys.Add(key, index = keys.Count);
            }

            indexOf[i] = index;
        }

        if (!used.Contains(true))
        {
            return (null, indexOf);
        }

        var columns = Enumerable.Range(0, used.Length).Where(k => used[k]).ToArray();
        var variables = new List<Variable> { _rowVariable };
        variables.AddRange(columns.Select(k => _projection[k]));
        var tableRows = keys.OrderBy(kv => kv.Value).Select(kv =>
        {
            var cells = new List<Term?> { new Literal(kv.Value.ToString(CultureInfo.InvariantCulture), Rdf.Vocabulary.Xsd.Integer) };
            cells.AddRange(columns.Select(k => kv.Key[k]));
            return cells.ToValueArray();
        });
        return (new Table(variables.ToValueArray(), tableRows.ToValueArray()), indexOf);
    }

    /// <summary>The endpoint's answers as (row index or -1, row) pairs; null when a SILENT call failed.</summary>
    private List<(int Index, Term?[] Row)>? Call(IServiceExecutor executor, Iri endpoint, Table? values, ExecutionContext context)
    {
        IReadOnlyList<Variable> projection = values is null ? _projection : [.. _projection, _rowVariable];
        var text = SparqlTextPrinter.SelectQuery(_service.Input, projection, values, context.Query.BaseIri);
        if (!ReferenceEquals(_memoContext, context))
        {
            _memo.Clear();
            _memoContext = context;
        }

        var memoKey = endpoint.Value + "\n" + text;
        if (_memo.TryGetValue(memoKey, out var known))
        {
            return known;
        }

        SolutionSequence answer;
        var query = context.Query;
        using (var call = CancellationTokenSource.CreateLinkedTokenSource(query.Cancellation))
        {
            if (query.Deadline is { } deadline)
            {
                var left = deadline - DateTime.UtcNow;
                call.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
            }

            try
            {
                answer = executor.Execute(new ServiceRequest(endpoint, text, Silent), call.Token);
                answer = new SolutionSequence(answer.Variables, answer.Rows.ToList());
            }
            catch (Exception e) when (e is OperationCanceledException || call.IsCancellationRequested)
            {
                // The query's own end (timeout or cancellation) ends the query, SILENT or not.
                query.Cancellation.ThrowIfCancellationRequested();
                throw new QueryTimeoutException($"SERVICE <{endpoint.Value}> had not answered when the query's timeout ran out.", e);
            }
            catch (Exception e) when (Silent)
            {
                _ = e;
                return null;
            }
            catch (SparqlEvaluationException)
            {
                throw;
            }
            catch (Exception e)
            {
                throw new SparqlEvaluationException($"SERVICE <{endpoint.Value}>: {e.Message}", e);
            }
        }

        var rows = AnswerRows(answer, values is not null, endpoint, context);
        if (_memo.Count < MaxMemoEntries)
        {
            _memo[memoKey] = rows;
        }

        return rows;
    }

    private List<(int Index, Term?[] Row)> AnswerRows(SolutionSequence answer, bool indexed, Iri endpoint, ExecutionContext context)
    {
        // Answer columns mapped to slots; columns the local query did not ask for are dropped.
        var slots = new int[answer.Variables.Count];
        var rowColumn = -1;
        for (var c = 0; c < slots.Length; c++)
        {
            var name = answer.Variables[c];
            slots[c] = -1;
            if (indexed && name == _rowVariable.Name)
            {
                rowColumn = c;
                continue;
            }

            var k = Array.FindIndex(_projection, v => v.Name == name);
            if (k >= 0)
            {
                slots[c] = _projectionSlots[k];
            }
        }

        if (indexed && rowColumn < 0)
        {
            throw new SparqlEvaluationException($"SERVICE <{endpoint.Value}>: the answer lacks the ?{_rowVariable.Name} column the query projected.");
        }

        // Blank nodes of the answer are the endpoint's: fresh local ones, one per label, so they equal nothing here.
        var blankNodes = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
        var rows = new List<(int, Term?[])>();
        foreach (var solution in answer.Rows)
        {
            context.Tick();
            var row = context.NewRow();
            var index = -1;
            for (var c = 0; c < slots.Length; c++)
            {
                var value = solution[c];
                if (c == rowColumn)
                {
                    if (value is not Literal l || !int.TryParse(l.LexicalForm, NumberStyles.None, CultureInfo.InvariantCulture, out index))
                    {
                        throw new SparqlEvaluationException($"SERVICE <{endpoint.Value}>: the answer's ?{_rowVariable.Name} is {value?.ToString() ?? "unbound"}, not a row index of the query.");
                    }
                }
                else if (slots[c] >= 0 && value is not null)
                {
                    if (value is BlankNode b)
                    {
                        if (!blankNodes.TryGetValue(b.Label, out var local))
                        {
                            blankNodes.Add(b.Label, local = context.Query.BlankNodes.Next());
                        }

                        value = local;
                    }

                    row[slots[c]] = value;
                }
            }

            rows.Add((index, row));
        }

        return rows;
    }
}
