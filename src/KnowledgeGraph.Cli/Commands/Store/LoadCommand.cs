using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Cli.Conversion;
using KnowledgeGraph.Cli.IO;
using KnowledgeGraph.Cli.Validation;
using KnowledgeGraph.Store;
using KnowledgeGraph.Store.Loading;
using KnowledgeGraph.Store.Lmdb;
using KnowledgeGraph.Store.Memory;

namespace KnowledgeGraph.Cli.Commands.Store;

/// <summary><c>kg load --store DIR [--graph IRI] [--lenient] [--memory] [--format F] FILE...</c>.</summary>
public static class LoadCommand
{
    public static Command Create(CliConsole console)
    {
        var store = StoreOptions.Store(required: false);
        var graph = StoreOptions.Graph("Load the inputs' default-graph triples into this named graph (named-graph quads keep their graph).");
        var lenient = new Option<bool>("--lenient") { Description = "Skip statements with syntax errors and report how many, instead of loading nothing." };
        var memory = new Option<bool>("--memory") { Description = "Load into an in-memory store (nothing is saved): to measure speed and size." };
        var format = new Option<string?>("--format", "-f") { Description = "Input format for all inputs; guessed from each file's extension when absent (needed for '-').", HelpName = "FORMAT" };
        var baseIri = new Option<string?>("--base") { Description = "Base IRI for relative IRIs in every input (default: each file's own file: IRI).", HelpName = "IRI" };
        var shapes = new Option<string?>("--shapes") { Description = "Validate the inputs against these SHACL shapes first; on a violation print the report and load nothing.", HelpName = "FILE" };
        var validationContext = new Option<string[]>("--validate-with") { Description = "Extra files (the ontology) that validation sees but that are not loaded; repeatable.", HelpName = "FILE" };
        var files = new Argument<string[]>("FILE") { Description = "RDF files to load ('-' for standard input; .gz is decompressed).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("load", "Load RDF files into a store, all or nothing, in one transaction.")
        {
            store, graph, lenient, memory, format, baseIri, shapes, validationContext, files,
        };
        var remote = RemoteLoadCommand.Attach(command, console, graph, format, baseIri, files);
        command.SetAction(parseResult =>
        {
            if (remote.Requested(parseResult)) { return remote.Run(parseResult); }
            var inMemory = parseResult.GetValue(memory);
            var directory = parseResult.GetValue(store);
            if (directory is null && !inMemory)
            {
                throw new UsageException("give --store DIR, or --memory to load into memory only");
            }

            if (parseResult.GetValue(shapes) is { } shapesPath)
            {
                var inputs = parseResult.GetRequiredValue(files);
                if (inputs.Any(StandardStreams.IsDash))
                {
                    throw new UsageException("--shapes needs files, not standard input (the data is read twice: to validate, then to load)");
                }

                var report = ShaclFiles.Validate(shapesPath, [.. inputs, .. parseResult.GetValue(validationContext) ?? []], out var prefixes);
                if (!report.Conforms)
                {
                    console.Error.Write(report.ToText(prefixes));
                    console.Error.WriteLine($"kg load: the data does not conform to {shapesPath}; nothing was loaded");
                    return ExitCodes.Failure;
                }
            }

            var explicitFormat = parseResult.GetValue(format);
            var explicitBase = parseResult.GetValue(baseIri);
            if (explicitBase is not null && Rdf.Iris.IriSyntax.ValidateAbsolute(explicitBase) is { } problem)
            {
                throw new UsageException($"--base <{explicitBase}>: {problem}");
            }

            var sources = parseResult.GetRequiredValue(files)
                .Select(path => Source(path, explicitFormat, console))
                .Select(source => explicitBase is null ? source : source with { BaseIri = explicitBase })
                .ToList();
            var options = new LoadOptions
            {
                TargetGraph = StoreOptions.ParseGraph(parseResult.GetValue(graph)),
                Lenient = parseResult.GetValue(lenient),
                Progress = ProgressDisplay.ForConsole(console),
            };

            using IQuadStore target = inMemory ? new MemoryQuadStore() : LmdbQuadStore.Open(directory!);
            var result = BulkLoader.Load(target, sources, options);
            ProgressDisplay.Clear(console);
            foreach (var error in result.Errors)
            {
                console.Error.WriteLine(error.Message);
            }

            if (result.SkippedStatements > 0)
            {
                console.Error.WriteLine($"kg load: skipped {result.SkippedStatements} statement(s) with errors");
            }

            Report(result, target, console);
            return ExitCodes.Success;
        });
        return command;
    }

    private static LoadSource Source(string path, string? explicitFormat, CliConsole console)
    {
        var format = FormatChoice.ForInput(explicitFormat, path);
        if (StandardStreams.IsDash(path))
        {
            return LoadSource.FromText("<stdin>", format, () => console.In);
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"input file '{path}' does not exist");
        }

        return LoadSource.FromFile(path, format);
    }

    private static void Report(LoadResult result, IQuadStore store, CliConsole console)
    {
        using var snapshot = store.OpenSnapshot();
        var stats = snapshot.Statistics;
        var c = CultureInfo.InvariantCulture;
        console.Out.WriteLine(string.Create(c, $"quads_read: {result.QuadsRead}"));
        console.Out.WriteLine(string.Create(c, $"quads_inserted: {result.QuadsInserted}"));
        console.Out.WriteLine(string.Create(c, $"skipped_statements: {result.SkippedStatements}"));
        console.Out.WriteLine(string.Create(c, $"seconds: {result.Elapsed.TotalSeconds:F3}"));
        console.Out.WriteLine(string.Create(c, $"quads_per_second: {result.QuadsPerSecond:F0}"));
        console.Out.WriteLine(string.Create(c, $"store_quads: {stats.QuadCount}"));
        var bytes = store switch
        {
            LmdbQuadStore lmdb => lmdb.FileSize,
            MemoryQuadStore mem => mem.EstimatedByteSize,
            _ => 0,
        };
        console.Out.WriteLine(string.Create(c, $"{(store is MemoryQuadStore ? "memory_bytes" : "disk_bytes")}: {bytes}"));
        if (stats.QuadCount > 0)
        {
            console.Out.WriteLine(string.Create(c, $"bytes_per_quad: {(double)bytes / stats.QuadCount:F1}"));
        }
    }
}
