using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using KnowledgeGraph.GraphQL.Compilation;
using KnowledgeGraph.GraphQL.Ontology;
using KnowledgeGraph.GraphQL.Schema;
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
        Schema = KgSchemaFactory.Create(Model, new FuncFieldResolver<object?>(ResolveRoot));
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
    public async Task<GraphQLResponse> ExecuteAsync(
        string query,
        string? operationName = null,
        string? variablesJson = null,
        bool explain = false,
        CancellationToken cancellation = default,
        ISparqlRunner? runner = null,
        long? datasetVersion = null)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var key = CacheKey(query, operationName, variablesJson, datasetVersion ?? _datasetVersion());
        if (!explain && _results.TryGetValue(key, out string? cached) && cached is not null)
        {
            Interlocked.Increment(ref _hits);
            Metrics.ResultCacheHit(System.Diagnostics.Stopwatch.GetElapsedTime(started));
            return new GraphQLResponse(cached, [], true, false);
        }

        Interlocked.Increment(ref _misses);
        var context = new RequestContext { Runner = runner };
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

        var result = await _executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = Schema,
            Query = query,
            Document = ParsedDocument(query),
            OperationName = operationName,
            Variables = variables,
            UserContext = context,
            CancellationToken = cancellation,
            ThrowOnUnhandledException = false,
        }).ConfigureAwait(false);

        var sparql = context.Log.Queries;
        if (explain)
        {
            result.Extensions ??= [];
            result.Extensions["sparql"] = sparql;
        }

        var json = _serializer.Serialize(result);
        var hasErrors = result.Errors is { Count: > 0 };
        if (!hasErrors && !explain)
        {
            _results.Set(key, json, new MemoryCacheEntryOptions { Size = 1 });
        }

        Metrics.Executed(System.Diagnostics.Stopwatch.GetElapsedTime(started), sparql.Count, hasErrors);
        return new GraphQLResponse(json, sparql, false, hasErrors);
    }

    /// <summary>Parsed documents are cached by their text's hash (the schema is fixed for the service's life).</summary>
    private GraphQLParser.AST.GraphQLDocument? ParsedDocument(string query)
    {
        var key = "doc:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        if (_results.TryGetValue(key, out GraphQLParser.AST.GraphQLDocument? document))
        {
            Metrics.DocumentCacheHit();
            return document;
        }

        Metrics.DocumentCacheMiss();

        try
        {
            document = GraphQLParser.Parser.Parse(query);
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return null; // GraphQL.NET parses it again and reports the syntax error in the response.
        }

        _results.Set(key, document, new MemoryCacheEntryOptions { Size = 1 });
        return document;
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

    private static string CacheKey(string query, string? operationName, string? variables, long version)
    {
        var text = string.Join('\u0000', query, operationName ?? string.Empty, variables ?? string.Empty, version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public void Dispose() => _results.Dispose();
}
