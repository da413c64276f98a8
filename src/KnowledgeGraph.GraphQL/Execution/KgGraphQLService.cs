using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using KnowledgeGraph.GraphQL.Compilation;
using KnowledgeGraph.GraphQL.Mutations;
using KnowledgeGraph.GraphQL.Ontology;
using KnowledgeGraph.GraphQL.Schema;
using KnowledgeGraph.Rdf.Model;
using Microsoft.Extensions.Caching.Memory;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// The GraphQL API: the schema is built once from the ontology; each request is parsed and validated by GraphQL.NET,
/// each root field is compiled to SPARQL and run through the <see cref="ISparqlRunner"/>, and whole responses are
/// cached by (document, operation, variables, dataset version).
/// </summary>
public sealed class KgGraphQLService : IDisposable
{
    private readonly GraphQLToSparqlCompiler _compiler;
    private readonly ISparqlRunner? _runner;
    private readonly GraphQLServiceOptions _options;
    private readonly Func<long> _datasetVersion;
    private readonly DocumentExecuter _executer = new();
    private readonly GraphQLSerializer _serializer = new();
    private readonly MemoryCache _results;
    private readonly MutationPlanner _planner;
    private readonly MutationValidator? _validator;

    // One mutation at a time: its read, validation and write must not interleave with another GraphQL write.
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private const int MaxWriteAttempts = 3;
    private long _generation;
    private long _hits;
    private long _misses;

    public KgGraphQLService(OntologyModel ontology, ISparqlRunner? runner, GraphQLServiceOptions? options = null, Func<long>? datasetVersion = null)
    {
        Model = SchemaModelBuilder.Build(ontology);
        _compiler = new GraphQLToSparqlCompiler(Model);
        _runner = runner;
        _options = options ?? new GraphQLServiceOptions();
        _datasetVersion = datasetVersion ?? (() => 0);
        _results = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.ResultCacheEntries });
        _planner = new MutationPlanner(Model, new IriMinter(_options.Mutations.InstanceBase));
        _validator = ontology.ShapeQuads.Count > 0 ? new MutationValidator(ontology.ShapeQuads, ontology.OntologyQuads) : null;
        Schema = KgSchemaFactory.Create(Model, new FuncFieldResolver<object?>(ResolveRoot), new FuncFieldResolver<object?>(ResolveMutation));
        Schema.Initialize();
        Sdl = Schema.Print();
    }

    public SchemaModel Model { get; }

    public ISchema Schema { get; }

    /// <summary>The schema in SDL, served at <c>/graphql/schema.graphql</c>.</summary>
    public string Sdl { get; }

    public long CacheHits => Interlocked.Read(ref _hits);

    public long CacheMisses => Interlocked.Read(ref _misses);

    /// <summary>Requests, errors, cache hit rates, SPARQL queries per operation and latencies, for /metrics.</summary>
    public GraphQLMetrics Metrics { get; } = new();

    /// <param name="runner">Runs this request's SPARQL (one store snapshot per request); the service's runner when null.</param>
    /// <param name="datasetVersion">The version of the data that runner reads, for the result cache key.</param>
    /// <param name="updater">Runs mutations; null refuses them (the caller decides who holds the write token).</param>
    public async Task<GraphQLResponse> ExecuteAsync(
        string query,
        string? operationName = null,
        string? variablesJson = null,
        bool explain = false,
        CancellationToken cancellation = default,
        ISparqlRunner? runner = null,
        long? datasetVersion = null,
        ISparqlUpdateRunner? updater = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var isMutation = IsMutation(query, operationName);
        var key = CacheKey(query, operationName, variablesJson, datasetVersion ?? _datasetVersion(), Interlocked.Read(ref _generation));
        if (!explain && !isMutation && _results.TryGetValue(key, out string? cached) && cached is not null)
        {
            Interlocked.Increment(ref _hits);
            Metrics.ResultCacheHit(System.Diagnostics.Stopwatch.GetElapsedTime(started));
            return new GraphQLResponse(cached, [], true, false);
        }

        Interlocked.Increment(ref _misses);
        var context = new RequestContext { Runner = runner, Updater = updater };
        Inputs? variables;
        try
        {
            variables = string.IsNullOrWhiteSpace(variablesJson) ? null : _serializer.Deserialize<Inputs>(variablesJson);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or FormatException or InvalidOperationException)
        {
            var error = new ExecutionResult { Errors = [new ExecutionError("The variables are not a JSON object: " + e.Message)] };
            Metrics.Executed(System.Diagnostics.Stopwatch.GetElapsedTime(started), 0, error: true);
            return new GraphQLResponse(_serializer.Serialize(error), [], false, true);
        }

        var document = DocumentForExecution(query);
        var result = await _executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = Schema,
            Query = query,
            Document = document?.Document,
            // A document that passed validation once against this (fixed) schema passes again: the rules look at the
            // document only (variable values are still coerced, and depth and page limits are ours, checked per
            // request), so it is validated once, as GraphQL.NET's own document cache does.
            ValidationRules = document?.Validated == 1 ? [] : null,
            OperationName = operationName,
            Variables = variables,
            UserContext = context,
            CancellationToken = cancellation,
            ThrowOnUnhandledException = false,
        }).ConfigureAwait(false);

        if (document is not null && result.Executed)
        {
            Volatile.Write(ref document.Validated, 1);
        }

        var sparql = context.Log.Queries;
        if (explain)
        {
            result.Extensions ??= [];
            result.Extensions["sparql"] = sparql;
        }

        var json = _serializer.Serialize(result);
        var hasErrors = result.Errors is { Count: > 0 };
        if (!hasErrors && !explain && !isMutation)
        {
            _results.Set(key, json, new MemoryCacheEntryOptions { Size = 1 });
        }

        Metrics.Executed(System.Diagnostics.Stopwatch.GetElapsedTime(started), sparql.Count, hasErrors);
        return new GraphQLResponse(json, sparql, false, hasErrors);
    }

    /// <summary>
    /// Whether the operation that would run is a mutation (the server refuses those on GET and without the write
    /// token before executing anything). False for a document that does not parse: execution reports that.
    /// </summary>
    public bool IsMutation(string query, string? operationName)
    {
        var document = ParsedDocument(query);
        var operations = document?.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().ToList() ?? [];
        var operation = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return operation?.Operation == GraphQLParser.AST.OperationType.Mutation;
    }

    /// <summary>Parsed documents are cached by their text's hash (the schema is fixed for the service's life).</summary>
    private GraphQLParser.AST.GraphQLDocument? ParsedDocument(string query) => CachedParse(query)?.Document;

    /// <summary>
    /// The parsed document for an execution, counted in the metrics once per executed request: a miss when this is
    /// the first execution since the text was parsed (whoever parsed it: the server's mutation check parses before
    /// executing), else a hit. A document that does not parse counts as a miss.
    /// </summary>
    private CachedDocument? DocumentForExecution(string query)
    {
        var cached = CachedParse(query);
        if (cached is null || Interlocked.Exchange(ref cached.Executed, 1) == 0)
        {
            Metrics.DocumentCacheMiss();
        }
        else
        {
            Metrics.DocumentCacheHit();
        }

        return cached;
    }

    private CachedDocument? CachedParse(string query)
    {
        var key = "doc:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        if (_results.TryGetValue(key, out CachedDocument? cached) && cached is not null)
        {
            return cached;
        }

        try
        {
            cached = new CachedDocument(GraphQLParser.Parser.Parse(query));
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return null; // GraphQL.NET parses it again and reports the syntax error in the response.
        }

        _results.Set(key, cached, new MemoryCacheEntryOptions { Size = 1 });
        return cached;
    }

    /// <summary>
    /// A cached parse, whether an execution has used it yet (for the document-cache hit rate) and whether it has
    /// passed validation (1), after which its executions skip the validation rules.
    /// </summary>
    private sealed class CachedDocument(GraphQLParser.AST.GraphQLDocument document)
    {
        public int Executed;

        public int Validated;

        public GraphQLParser.AST.GraphQLDocument Document { get; } = document;
    }

    private object? ResolveRoot(IResolveFieldContext context)
    {
        var request = context.UserContext as RequestContext;
        var log = request?.Log ?? new QueryLog();
        var selection = new SelectionReader(context.Document, context.Variables).Read(context.FieldAst);
        if (selection.Depth > _options.MaxDepth)
        {
            throw new ExecutionError($"The selection under '{selection.ResponseKey}' is {selection.Depth} levels deep; at most {_options.MaxDepth} are allowed.");
        }

        var count = CountSelections(selection);
        if (count > _options.MaxSelections)
        {
            throw new ExecutionError($"The selection under '{selection.ResponseKey}' has {count} fields; at most {_options.MaxSelections} are allowed.");
        }

        return new RootFieldExecutor(_compiler, request?.Runner ?? _runner ?? throw new InvalidOperationException("No SPARQL runner: pass one to the service or to ExecuteAsync."), log, _options.MaxFirst, context.CancellationToken).Execute(selection);
    }

    private static int CountSelections(SelectionNode node) => 1 + node.Children.Sum(CountSelections);

    /// <summary>
    /// A mutation field: refused without an update runner (no write token); otherwise planned, validated with SHACL
    /// and written as one SPARQL Update under the write lock, then read back with the request's runner (which must
    /// see the committed data: the server gives mutations a runner that opens a fresh snapshot per query).
    /// </summary>
    private object? ResolveMutation(IResolveFieldContext context)
    {
        var request = context.UserContext as RequestContext;
        if (request?.Updater is not { } updater)
        {
            throw new ExecutionError("Mutations need the write token: send 'Authorization: Bearer <token>' to a server that has one and is not read-only.") { Code = "UNAUTHORIZED" };
        }

        if (_validator is null)
        {
            throw new ExecutionError("Mutations are off: the ontology folder has no shapes.ttl to validate them with.") { Code = "NO_SHAPES" };
        }

        var runner = request.Runner ?? _runner ?? throw new InvalidOperationException("No SPARQL runner: pass one to the service or to ExecuteAsync.");
        var selection = new SelectionReader(context.Document, context.Variables).Read(context.FieldAst);
        if (selection.Depth > _options.MaxDepth)
        {
            throw new ExecutionError($"The selection under '{selection.ResponseKey}' is {selection.Depth} levels deep; at most {_options.MaxDepth} are allowed.");
        }

        if (CountSelections(selection) > _options.MaxSelections)
        {
            throw new ExecutionError($"The selection under '{selection.ResponseKey}' has more than {_options.MaxSelections} fields.");
        }

        MutationPlan plan;
        _writeLock.Wait(context.CancellationToken);
        try
        {
            var executor = new MutationExecutor(_planner, _validator, _options.Mutations, runner, updater, request.Log, context.CancellationToken);
            IReadOnlyList<ExecutionError> violations;
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    (plan, violations) = executor.Execute(selection, Model);
                    break;
                }
                catch (WriteConflictException e) when (attempt < MaxWriteAttempts)
                {
                    // Another writer committed between our validation reads and our write: validate again on its data.
                    request.Log.Add("# " + e.Message + " Validating again.");
                }
                catch (WriteConflictException e)
                {
                    throw new ExecutionError($"{e.Message} It happened {MaxWriteAttempts} times in a row; nothing was written, try again.") { Code = "CONFLICT" };
                }
            }

            if (violations.Count > 0)
            {
                foreach (var violation in violations)
                {
                    violation.AddExtension("mutation", selection.FieldName);
                    context.Errors.Add(violation);
                }

                return null;
            }
        }
        finally
        {
            // Results cached before this point may be stale even when the store's version cannot tell (a remote store).
            Interlocked.Increment(ref _generation);
            _writeLock.Release();
        }

        if (plan.Delete is not null)
        {
            return new Dictionary<string, object?>
            {
                ["id"] = plan.RootIri,
                ["deletedClaims"] = plan.DeletedClaims.Order(StringComparer.Ordinal).ToList(),
                ["detachedReferences"] = plan.Deletes.Count(d => d.Object is Iri o && o.Value == plan.RootIri && d.Subject is not null && d.Predicate is not null),
            };
        }

        return new RootFieldExecutor(_compiler, runner, request.Log, _options.MaxFirst, context.CancellationToken).Entity(plan.Type, plan.RootIri, selection.Children);
    }

    private static string CacheKey(string query, string? operationName, string? variables, long version, long generation)
    {
        var text = string.Join('\u0000', query, operationName ?? string.Empty, variables ?? string.Empty, version.ToString(System.Globalization.CultureInfo.InvariantCulture), generation.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public void Dispose()
    {
        _results.Dispose();
        _writeLock.Dispose();
    }
}
