using System.CommandLine;
using KnowledgeGraph.Server;
using KnowledgeGraph.Server.Options;
using Microsoft.Extensions.Hosting;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg serve --store DIR [--port N] [--read-only] [--seed DIR] [--token T]</c>: the SPARQL Protocol and Graph
/// Store server on an LMDB store, created (and loaded from the seed folder) on first start. Other settings come
/// from appsettings.json, <c>KnowledgeGraph__*</c> environment variables or <c>--KnowledgeGraph:Name=value</c>.
/// </summary>
public static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var store = new Option<string?>("--store", "-s") { Description = "The store folder (created on first start); not needed with --KnowledgeGraph:Store:Kind=Remote.", HelpName = "DIR" };
        var port = new Option<int>("--port", "-p") { Description = "TCP port on 127.0.0.1 (use --host to listen elsewhere).", DefaultValueFactory = _ => 7878 };
        var host = new Option<string>("--host") { Description = "Address to listen on.", DefaultValueFactory = _ => "127.0.0.1" };
        var readOnly = new Option<bool>("--read-only") { Description = "Refuse every write (update and Graph Store writes)." };
        var seed = new Option<string?>("--seed") { Description = "Folder of RDF files loaded once, when the store is created.", HelpName = "DIR" };
        var token = new Option<string?>("--token")
        {
            Description = "Bearer token writes must carry (better: the KnowledgeGraph__UpdateToken environment variable). Without one, writes are refused.",
            HelpName = "TOKEN",
        };
        var command = new Command("serve", "Serve the store over the SPARQL 1.1 Protocol (/sparql) and the Graph Store Protocol (/store).")
        {
            store, port, host, readOnly, seed, token,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parseResult, cancel) =>
        {
            var urls = $"http://{parseResult.GetValue(host)}:{parseResult.GetValue(port)}";
            await using var app = KnowledgeGraphServer.Build(
                [.. parseResult.UnmatchedTokens],
                options =>
                {
                    if (parseResult.GetValue(store) is { } folder)
                    {
                        options.StoreKind = StoreKind.Lmdb;
                        options.StorePath = folder;
                    }
                    else if (options.Store.Kind != StoreMode.Remote)
                    {
                        throw new UsageException("needs --store DIR (the LMDB store folder), or --KnowledgeGraph:Store:Kind=Remote with the remote store's endpoints (docs/scale-out.md).");
                    }
                    options.ReadOnly |= parseResult.GetValue(readOnly);
                    options.SeedDirectory = parseResult.GetValue(seed) ?? options.SeedDirectory;
                    options.UpdateToken = parseResult.GetValue(token) ?? options.UpdateToken;
                },
                urls);
            await console.Error.WriteLineAsync($"kg serve: {urls}/sparql (queries), {urls}/store (graphs); Ctrl+C stops.");
            await app.StartAsync(cancel);
            await app.WaitForShutdownAsync(cancel);
            return ExitCodes.Success;
        });
        return command;
    }
}
