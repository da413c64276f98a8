using System.Buffers;

namespace KnowledgeGraph.Rdf.Formats.Text;

/// <summary>
/// Buffered character input for the hand-written parsers: arbitrary look-ahead within the buffer,
/// 1-based line and column tracking, and direct access to the buffered span for vectorised scans.
/// The buffer comes from the array pool and grows only when a single token outgrows it.
/// </summary>
internal sealed class CharSource : IDisposable
{
    private const int InitialSize = 1 << 16;

    private readonly TextReader _reader;
    private char[] _buffer;
    private int _pos;
    private int _end;
    private bool _eof;

    public CharSource(TextReader reader)
    {
        _reader = reader;
        _buffer = ArrayPool<char>.Shared.Rent(InitialSize);
    }

    /// <summary>1-based line of the next character.</summary>
    public int Line { get; private set; } = 1;

    /// <summary>1-based column (UTF-16 code units) of the next character.</summary>
    public int Column { get; private set; } = 1;

    /// <summary>The next character, or -1 at the end of input.</summary>
    public int Peek() => _pos < _end ? _buffer[_pos] : PeekSlow(0);

    /// <summary>The character <paramref name="offset"/> places ahead, or -1 past the end of input.</summary>
    public int Peek(int offset) => _pos + offset < _end ? _buffer[_pos + offset] : PeekSlow(offset);

    public bool AtEnd => Peek() < 0;

    /// <summary>Consumes one character, keeping the line and column right.</summary>
    public void Advance()
    {
        if (_buffer[_pos++] == '\n')
        {
            Line++;
            Column = 1;
        }
        else
        {
            Column++;
        }
    }

    /// <summary>Consumes <paramref name="count"/> characters known to hold no line feed.</summary>
    public void AdvanceOnLine(int count)
    {
        _pos += count;
        Column += count;
    }

    /// <summary>What is buffered from the current position on (may be empty before the end of input).</summary>
    public ReadOnlySpan<char> Buffered => _buffer.AsSpan(_pos, _end - _pos);

    /// <summary>
    /// Reads more input so that at least <paramref name="count"/> characters are buffered, or up to the end.
    /// Returns false when the input ended first.
    /// </summary>
    public bool Ensure(int count)
    {
        if (_end - _pos >= count)
        {
            return true;
        }

        Fill(count);
        return _end - _pos >= count;
    }

    /// <summary>Buffers more input (at least one more character unless at the end). False at the end.</summary>
    public bool FillMore() => !_eof && Ensure(_end - _pos + 1);

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private int PeekSlow(int offset)
    {
        Fill(offset + 1);
        return _pos + offset < _end ? _buffer[_pos + offset] : -1;
    }

    private void Fill(int needed)
    {
        if (_eof)
        {
            return;
        }

        var live = _end - _pos;
        if (_pos > 0)
        {
            Array.Copy(_buffer, _pos, _buffer, 0, live);
            _pos = 0;
            _end = live;
        }

        while (_end < needed && !_eof)
        {
            if (_end == _buffer.Length)
            {
                var bigger = ArrayPool<char>.Shared.Rent(_buffer.Length * 2);
                Array.Copy(_buffer, bigger, _end);
                ArrayPool<char>.Shared.Return(_buffer);
                _buffer = bigger;
            }

            var read = _reader.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _eof = true;
            }
            else
            {
                _end += read;
            }
        }
    }
}
