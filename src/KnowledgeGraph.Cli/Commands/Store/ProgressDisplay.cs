using System.Globalization;
using KnowledgeGraph.Store.Loading;

namespace KnowledgeGraph.Cli.Commands.Store;

/// <summary>
/// Load progress on standard error: a redrawn bar (bytes read of the known total, quads, quads/s) when
/// standard error is a terminal; when it is a file or pipe, one plain line per report, so logs stay readable.
/// </summary>
internal sealed class ProgressDisplay(CliConsole console, bool terminal) : IProgress<LoadProgress>
{
    private const int BarWidth = 30;

    public static IProgress<LoadProgress>? ForConsole(CliConsole console)
    {
        // In-process runs (tests) hand us string writers: no progress there.
        if (console.Error is StringWriter)
        {
            return null;
        }

        return new ProgressDisplay(console, !Console.IsErrorRedirected);
    }

    public static void Clear(CliConsole console)
    {
        if (console.Error is not StringWriter && !Console.IsErrorRedirected)
        {
            console.Error.Write("\r" + new string(' ', BarWidth + 70) + "\r");
        }
    }

    public void Report(LoadProgress value)
    {
        var c = CultureInfo.InvariantCulture;
        var rate = string.Create(c, $"{value.QuadsRead:N0} quads, {value.QuadsPerSecond:N0} quads/s, {value.Phase}");
        if (!terminal)
        {
            console.Error.WriteLine("kg load: " + rate);
            return;
        }

        if (value.TotalBytes is > 0)
        {
            var fraction = Math.Clamp((double)value.BytesRead / value.TotalBytes.Value, 0, 1);
            var filled = (int)(fraction * BarWidth);
            console.Error.Write(string.Create(c, $"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {fraction * 100,3:F0}% {rate}   "));
        }
        else
        {
            console.Error.Write("\r" + rate + "   ");
        }

        console.Error.Flush();
    }
}
