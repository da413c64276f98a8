using System.Buffers;

namespace KnowledgeGraph.Rdf.Formats.Writers;

/// <summary>
/// A pooled character buffer in front of a <see cref="TextWriter"/>. Writers append terms piece by piece;
/// going through one virtual <see cref="TextWriter.Write(ReadOnlySpan{char})"/> call per 16 K characters
/// instead of one per piece is what keeps the line formats fast, and nothing here allocates per quad.
/// </summary>
internal sealed class OutputBuffer : IDisposable
{
    private const int Capacity = 16 * 1024;
    private const string HexDigits = "0123456789ABCDEF";

    private readonly TextWriter _output;
    private char[]? _buffer;
    private int _length;

    public OutputBuffer(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _buffer = ArrayPool<char>.Shared.Rent(Capacity);
    }

    private char[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(OutputBuffer));

    public void Append(char c)
    {
        var buffer = Buffer;
        if (_length == buffer.Length)
        {
            FlushBuffer();
        }

        buffer[_length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        var buffer = Buffer;
        if (text.Length > buffer.Length - _length)
        {
            FlushBuffer();
            if (text.Length > buffer.Length)
            {
                // A huge literal goes straight through rather than in buffer-sized slices.
                _output.Write(text);
                return;
            }
        }

        text.CopyTo(buffer.AsSpan(_length));
        _length += text.Length;
    }

    public void AppendSpaces(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Append(' ');
        }
    }

    /// <summary>Appends <c>\uXXXX</c> or, above the BMP, <c>\UXXXXXXXX</c>, with upper-case hex digits.</summary>
    public void AppendUnicodeEscape(int codePoint)
    {
        var digits = codePoint > 0xFFFF ? 8 : 4;
        Append('\\');
        Append(digits == 8 ? 'U' : 'u');
        for (var shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        {
            Append(HexDigits[(codePoint >> shift) & 0xF]);
        }
    }

    /// <summary>Appends the four upper-case hex digits of a UTF-16 code unit.</summary>
    public void AppendHex4(char c)
    {
        for (var shift = 12; shift >= 0; shift -= 4)
        {
            Append(HexDigits[(c >> shift) & 0xF]);
        }
    }

    /// <summary>Hands the buffered characters to the underlying writer (without flushing it).</summary>
    public void FlushBuffer()
    {
        if (_length > 0)
        {
            _output.Write(Buffer, 0, _length);
            _length = 0;
        }
    }

    /// <summary>Hands the buffered characters to the underlying writer and flushes it.</summary>
    public void Flush()
    {
        FlushBuffer();
        _output.Flush();
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
