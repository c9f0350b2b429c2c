using System.Globalization;
using System.Text;

namespace DioVerify.Audit.Tests;

/// <summary>
/// A read-only stream that produces a long trace on demand — a few write shapes in rotation — so a
/// huge trace can be audited without ever existing in memory or on disk. Calls <c>onWrite</c> with
/// each write's index just before producing it, which lets a test look at the heap mid-audit.
/// </summary>
internal sealed class GeneratedTraceStream(long writes, Action<long>? onWrite = null) : Stream
{
    /// <summary>Writes i with i % 4 == 1 violate P1; the others conform (one in four with a bio in flight).</summary>
    public static long ViolatingIn(long writes) => writes / 4 + (writes % 4 > 1 ? 1 : 0);

    private readonly StringBuilder _text = new();
    private byte[] _chunk = [];
    private int _at;
    private long _next;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public long BytesProduced { get; private set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (_at == _chunk.Length)
            {
                if (_next == writes) break;
                onWrite?.Invoke(_next);
                _chunk = Encoding.UTF8.GetBytes(Write(_next++));
                _at = 0;
            }
            var n = Math.Min(buffer.Length - written, _chunk.Length - _at);
            _chunk.AsSpan(_at, n).CopyTo(buffer[written..]);
            _at += n;
            written += n;
        }
        BytesProduced += written;
        return written;
    }

    private string Write(long i)
    {
        var off = i % 1024 * 65536;
        var t = _text.Clear();
        var inv = CultureInfo.InvariantCulture;
        t.Append(inv, $"{{\"event\":\"write\",\"offset\":{off},\"length\":65536,\"fileSize\":{off}}}\n");
        for (var b = 0; b < 4; b++) t.Append(inv, $"{{\"event\":\"submit\",\"bio\":{b},\"offset\":{off + b * 16384},\"length\":16384}}\n");
        switch (i % 4)
        {
            case 0: // contiguous prefix after a failure in BIO 2
                t.Append("{\"event\":\"complete\",\"bio\":3,\"status\":\"ok\"}\n{\"event\":\"complete\",\"bio\":0,\"status\":\"ok\"}\n");
                t.Append("{\"event\":\"complete\",\"bio\":2,\"status\":\"eio\"}\n{\"event\":\"complete\",\"bio\":1,\"status\":\"ok\"}\n");
                t.Append(inv, $"{{\"event\":\"return\",\"bytes\":32768}}\n{{\"event\":\"size\",\"value\":{off + 32768}}}\n");
                break;
            case 1: // a count past the failed BIO 0: P1 violated
                t.Append("{\"event\":\"complete\",\"bio\":0,\"status\":\"eio\"}\n{\"event\":\"complete\",\"bio\":1,\"status\":\"ok\"}\n");
                t.Append("{\"event\":\"complete\",\"bio\":2,\"status\":\"ok\"}\n{\"event\":\"complete\",\"bio\":3,\"status\":\"ok\"}\n");
                t.Append(inv, $"{{\"event\":\"return\",\"bytes\":16384}}\n{{\"event\":\"size\",\"value\":{off}}}\n");
                break;
            case 2: // BIO 3 still in flight
                t.Append("{\"event\":\"complete\",\"bio\":0,\"status\":\"ok\"}\n{\"event\":\"complete\",\"bio\":1,\"status\":\"ok\"}\n");
                t.Append("{\"event\":\"complete\",\"bio\":2,\"status\":\"ok\"}\n{\"event\":\"return\",\"bytes\":49152}\n");
                break;
            default: // clean
                t.Append("{\"event\":\"complete\",\"bio\":1,\"status\":\"ok\"}\n{\"event\":\"complete\",\"bio\":0,\"status\":\"ok\"}\n");
                t.Append("{\"event\":\"complete\",\"bio\":3,\"status\":\"ok\"}\n{\"event\":\"complete\",\"bio\":2,\"status\":\"ok\"}\n");
                t.Append(inv, $"{{\"event\":\"return\",\"bytes\":65536}}\n{{\"event\":\"size\",\"value\":{off + 65536}}}\n");
                break;
        }
        return t.ToString();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
