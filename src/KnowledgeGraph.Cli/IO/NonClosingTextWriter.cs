using System.Text;

namespace KnowledgeGraph.Cli.IO;

/// <summary>
/// Passes writes through to a writer it does not own: disposing it only flushes. Used for standard
/// output, which RDF writers may dispose when they finish but which belongs to the caller of <c>kg</c>.
/// </summary>
public sealed class NonClosingTextWriter(TextWriter inner) : TextWriter(inner.FormatProvider)
{
    public override Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter.NewLine's setter accepts null; we pass it on unchanged.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => inner.Write(value);

    public override void Write(char[] buffer, int index, int count) => inner.Write(buffer, index, count);

    public override void Write(ReadOnlySpan<char> buffer) => inner.Write(buffer);

    public override void Write(string? value) => inner.Write(value);

    public override void WriteLine(ReadOnlySpan<char> buffer) => inner.WriteLine(buffer);

    public override void WriteLine(string? value) => inner.WriteLine(value);

    public override void Flush() => inner.Flush();

    public override Task FlushAsync() => inner.FlushAsync();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Flush();
        }

        base.Dispose(disposing);
    }
}
