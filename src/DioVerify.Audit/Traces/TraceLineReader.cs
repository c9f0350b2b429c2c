using DioVerify.Engine.Input;

namespace DioVerify.Audit.Traces;

/// <summary>
/// Splits a stream into lines of raw UTF-8 bytes with one reusable buffer, so a trace of any size is
/// read in memory bounded by <see cref="TraceLimits.MaxLineBytes"/>. A final line without a line
/// break counts; a leading UTF-8 byte-order mark is skipped.
/// </summary>
internal sealed class TraceLineReader(Stream stream, string file, int maxLineBytes)
{
    private const int InitialBuffer = 64 * 1024;

    private byte[] _buffer = new byte[InitialBuffer];
    private int _start;
    private int _end;
    private int _scanned;
    private bool _eof;

    /// <summary>1-based number of the line last returned (0 before the first).</summary>
    public long LineNumber { get; private set; }

    /// <summary>Bytes consumed so far, line breaks included.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The next line without its <c>\n</c>; the span is valid until the next call.</summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_scanned, _end - _scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var stop = _scanned + newline;
                return Take(stop, stop + 1, out line);
            }

            _scanned = _end;
            if (_end - _start > maxLineBytes)
            {
                throw new BadInputException(file, LineNumber + 1, (long)maxLineBytes + 1,
                    $"line longer than {maxLineBytes} bytes (a trace holds one short JSON object per line)");
            }

            if (_eof)
            {
                if (_start == _end)
                {
                    line = default;
                    return false;
                }
                return Take(_end, _end, out line);
            }

            Fill();
        }
    }

    private bool Take(int stop, int next, out ReadOnlySpan<byte> line)
    {
        if (stop - _start > maxLineBytes)
        {
            throw new BadInputException(file, LineNumber + 1, (long)maxLineBytes + 1,
                $"line longer than {maxLineBytes} bytes (a trace holds one short JSON object per line)");
        }

        line = _buffer.AsSpan(_start, stop - _start);
        if (LineNumber == 0 && line.StartsWith("\uFEFF"u8)) line = line[3..];
        BytesRead += next - _start;
        _start = next;
        _scanned = next;
        LineNumber++;
        return true;
    }

    private void Fill()
    {
        // Slide the unfinished line to the front, and grow only when one line fills the buffer.
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _scanned -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            var grown = new byte[Math.Min((long)_buffer.Length * 2, (long)maxLineBytes + InitialBuffer)];
            _buffer.AsSpan(0, _end).CopyTo(grown);
            _buffer = grown;
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _eof = true;
        _end += read;
    }
}
