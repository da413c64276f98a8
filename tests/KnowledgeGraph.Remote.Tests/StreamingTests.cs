using System.Diagnostics;
using KnowledgeGraph.Rdf.Model;
using KnowledgeGraph.Sparql.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Remote.Tests;

/// <summary>
/// SELECT answers are read while they are enumerated: against a fake endpoint that sends an endless XML result
/// slowly, the first rows arrive at once and stopping early releases the connection.
/// </summary>
public sealed class StreamingTests
{
    [Fact]
    public async Task The_first_rows_of_an_endless_answer_arrive_without_waiting_for_the_rest()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        var sent = 0;
        var aborted = new TaskCompletionSource();
        app.Run(async context =>
        {
            context.RequestAborted.Register(() => aborted.TrySetResult());
            context.Response.ContentType = "application/sparql-results+xml";
            await context.Response.WriteAsync("<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"><head><variable name=\"n\"/><variable name=\"l\"/></head><results>\n");
            try
            {
                for (var i = 0; !context.RequestAborted.IsCancellationRequested; i++)
                {
                    await context.Response.WriteAsync($"<result><binding name=\"n\"><uri>urn:n:{i}</uri></binding><binding name=\"l\"><literal xml:lang=\"en\"> row &amp; {i} </literal></binding></result>\n", context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                    Interlocked.Increment(ref sent);
                    await Task.Delay(20, context.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
                // The client went away: what we want.
            }
        });
        await app.StartAsync();
        var url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/sparql");

        using var client = new RemoteSparqlClient(new RemoteStoreSettings { QueryEndpoint = url, Timeout = TimeSpan.FromSeconds(30) });
        var clock = Stopwatch.StartNew();
        var result = (SolutionSequence)await client.QueryAsync("SELECT ?n ?l WHERE { ?n ?p ?l }", givesGraph: false);
        var first = result.Rows.Take(5).ToList();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"5 rows took {clock.Elapsed}");
        Assert.Equal(new Iri("urn:n:4"), first[4]["n"]);
        Assert.Equal(new Literal(" row & 4 ", "en"), first[4]["l"]);
        // Take() disposed the enumerator, which released the response: the endpoint sees the connection go.
        await aborted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(Volatile.Read(ref sent) < 400, $"{sent} rows were sent");
    }
}
