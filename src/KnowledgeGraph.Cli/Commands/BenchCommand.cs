using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Cli.Conversion;
using KnowledgeGraph.Cli.IO;
using KnowledgeGraph.Rdf;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg bench parse FILE [--format F]</c>: one timed parsing pass over a file, reporting throughput and
/// the process's peak working set, to show that streaming parsing runs in constant memory. For careful
/// micro-benchmarks use bench/KnowledgeGraph.Bench (BenchmarkDotNet); this is the quick, whole-file view.
/// </summary>
public static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "The RDF file to parse ('-' for standard input; .gz is decompressed while parsing).",
        };
        var format = new Option<string?>("--format", "-f")
        {
            Description = "Its format; guessed from the extension when absent.",
            HelpName = "FORMAT",
        };
        var baseIri = new Option<string?>("--base", "-b")
        {
            Description = "Base IRI for relative IRIs; default: FILE's file:// IRI.",
            HelpName = "IRI",
        };
        var parse = new Command("parse", "Parse a file once and report triples/s and peak working set.")
        {
            file, format, baseIri,
        };
        parse.SetAction(parseResult =>
        {
            var path = parseResult.GetRequiredValue(file);
            var rdfFormat = FormatChoice.ForInput(parseResult.GetValue(format), path);
            var measurement = MeasureParse(path, rdfFormat, parseResult.GetValue(baseIri), console);
            Report(measurement, console.Out);
            return ExitCodes.Success;
        });

        return new Command("bench", "Quick performance measurements.") { parse };
    }

    private static ParseMeasurement MeasureParse(string path, RdfFormat format, string? baseIri, CliConsole console)
    {
        var options = new RdfReaderOptions
        {
            BaseIri = baseIri ?? InputFile.FileIri(path),
            SourceName = StandardStreams.IsDash(path) ? "<stdin>" : path,
        };

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var collectionsBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var stopwatch = Stopwatch.StartNew();
        long quads = 0;
        using (var input = InputFile.OpenText(path, console))
        using (var reader = RdfReaders.Create(format, input, options))
        {
            foreach (var quad in reader.ReadQuads())
            {
                quads++;
            }
        }

        stopwatch.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new ParseMeasurement(
            path,
            format,
            InputFile.Length(path),
            quads,
            stopwatch.Elapsed,
            process.PeakWorkingSet64,
            GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore,
            GC.CollectionCount(0) - collectionsBefore.Item1,
            GC.CollectionCount(1) - collectionsBefore.Item2,
            GC.CollectionCount(2) - collectionsBefore.Item3);
    }

    /// <summary>One "key: value" per line, invariant culture, so that scripts (bench/parse-peers.sh) can read it.</summary>
    private static void Report(ParseMeasurement m, TextWriter output)
    {
        const double MiB = 1024 * 1024;
        var seconds = Math.Max(m.Elapsed.TotalSeconds, 1e-9);
        var lines = new List<(string Key, string Value)>
        {
            ("file", m.Path),
            ("format", m.Format.DisplayName),
        };
        if (m.FileBytes is { } bytes)
        {
            lines.Add(("file_mb", (bytes / MiB).ToString("F1", CultureInfo.InvariantCulture)));
        }

        lines.Add(("triples", m.Quads.ToString(CultureInfo.InvariantCulture)));
        // Microseconds: a small file parses in well under a millisecond, which F3 printed as 0.000.
        lines.Add(("seconds", seconds.ToString("F6", CultureInfo.InvariantCulture)));
        lines.Add(("triples_per_second", (m.Quads / seconds).ToString("F0", CultureInfo.InvariantCulture)));
        if (m.FileBytes is { } b)
        {
            lines.Add(("file_mb_per_second", (b / MiB / seconds).ToString("F1", CultureInfo.InvariantCulture)));
        }

        lines.Add(("peak_working_set_mb", (m.PeakWorkingSetBytes / MiB).ToString("F1", CultureInfo.InvariantCulture)));
        lines.Add(("allocated_mb", (m.AllocatedBytes / MiB).ToString("F1", CultureInfo.InvariantCulture)));
        lines.Add(("gc_collections", string.Create(CultureInfo.InvariantCulture, $"gen0={m.Gen0} gen1={m.Gen1} gen2={m.Gen2}")));
        foreach (var (key, value) in lines)
        {
            output.WriteLine($"{key}: {value}");
        }
    }

    private sealed record ParseMeasurement(
        string Path,
        RdfFormat Format,
        long? FileBytes,
        long Quads,
        TimeSpan Elapsed,
        long PeakWorkingSetBytes,
        long AllocatedBytes,
        int Gen0,
        int Gen1,
        int Gen2);
}
