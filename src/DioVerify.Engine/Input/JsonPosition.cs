namespace DioVerify.Engine.Input;

/// <summary>Turns a byte offset in a UTF-8 document into the 1-based line and column a person looks for.</summary>
public static class JsonPosition
{
    public static (long Line, long Column) Of(ReadOnlySpan<byte> utf8, long byteOffset)
    {
        var upTo = utf8[..(int)Math.Min(byteOffset, utf8.Length)];
        var line = 1L;
        var lineStart = 0;
        for (var i = 0; i < upTo.Length; i++)
        {
            if (upTo[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, upTo.Length - lineStart + 1);
    }
}
