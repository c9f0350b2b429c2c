using DioVerify.Engine.Model;

namespace DioVerify.Audit.Traces;

/// <summary>A write's return value <c>R</c> as traced: a byte count (<c>"bytes"</c>) or an errno name (<c>"error"</c>).</summary>
public readonly record struct ReturnValue
{
    private ReturnValue(long bytes, string? error)
    {
        Bytes = bytes;
        Error = error;
    }

    /// <summary>The count when <see cref="IsError"/> is false (always non-negative).</summary>
    public long Bytes { get; }

    /// <summary>The errno name when the write failed, exactly as traced (it may be one the model does not know).</summary>
    public string? Error { get; }

    public bool IsError => Error is not null;

    public static ReturnValue Count(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        return new ReturnValue(bytes, null);
    }

    public static ReturnValue Failure(string error)
    {
        ArgumentException.ThrowIfNullOrEmpty(error);
        return new ReturnValue(0, error);
    }

    /// <summary>True when this is exactly the errno <paramref name="errno"/> (by name, as traces spell it).</summary>
    public bool Is(long errno) => Error is not null && Error == Errno.Name(errno);

    public override string ToString() => Error ?? Bytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
