using System.Collections.Concurrent;
using KnowledgeGraph.Server.Options;
using KnowledgeGraph.Server.Query;
using KnowledgeGraph.Sparql.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Server.Tests.LinkedData;

/// <summary>
/// The linked-data layer reads only through <see cref="ISparqlProcessor"/> (the seam a remote store will sit behind):
/// with the real engine processor wrapped so it keeps the query texts, every page and representation is answered, and
/// the texts it ran are plain SPARQL that our parser (standing in for any SPARQL 1.1 store) accepts.
/// </summary>
public sealed class SparqlSeamTests
{
    [Fact]
    public async Task Pages_and_representations_are_built_from_sparql_text_through_the_processor()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kg-server-tests", Guid.NewGuid().ToString("N"));
        var processor = new TextKeepingProcessor(new EngineSparqlProcessor());
        var app = KnowledgeGraphServer.Build(
            ["--Logging:LogLevel:Default=Warning"],
            o =>
            {
                o.StoreKind = StoreKind.Lmdb;
                o.StorePath = Path.Combine(folder, "store");
                o.SeedDirectory = SeedData.SeedDirectories;
            },
            "http://127.0.0.1:0",
            services => services.AddSingleton<ISparqlProcessor>(processor));
        await app.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = KnowledgeGraphServer.Address(app) };
            foreach (var path in new[] { "/id/actor/taliban.ttl", "/id/actor/taliban.html", "/id/place/afghanistan.html", "/id/event/garmsir-recapture-2021-07-20.trig", "/id/", "/search?q=kabul" })
            {
                var before = processor.Texts.Count;
                using var response = await client.GetAsync(path);
                Assert.Equal(200, (int)response.StatusCode);
                Assert.True(processor.Texts.Count > before, $"{path} ran its queries through the processor");
            }

            Assert.Contains(processor.Texts, t => t.Contains("GRAPH ?g", StringComparison.Ordinal));
            Assert.Contains(processor.Texts, t => t.Contains("kg:within*", StringComparison.Ordinal));
            foreach (var text in processor.Texts.Distinct())
            {
                KnowledgeGraph.Sparql.Syntax.SparqlParser.ParseQuery(text, baseIri: null);
            }
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The engine's processor, keeping each query text it is given.</summary>
    private sealed class TextKeepingProcessor(ISparqlProcessor inner) : ISparqlProcessor
    {
        public ConcurrentQueue<string> Texts { get; } = new();

        public ParsedQuery PrepareQuery(string text, string? baseIri)
        {
            Texts.Enqueue(text);
            return inner.PrepareQuery(text, baseIri);
        }

        public QueryResult Evaluate(ParsedQuery query, QueryExecution execution) => inner.Evaluate(query, execution);

        public UpdateOutcome Update(string text, string? baseIri, UpdateExecution execution) => inner.Update(text, baseIri, execution);
    }
}
