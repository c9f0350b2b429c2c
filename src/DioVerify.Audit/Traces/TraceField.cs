namespace DioVerify.Audit.Traces;

/// <summary>The fields a Trace v1 line may carry (with the optional recording fields), as flags so a line's present fields form one set.</summary>
[Flags]
internal enum TraceField : ushort
{
    None = 0,
    Event = 1 << 0,
    Offset = 1 << 1,
    Length = 1 << 2,
    FileSize = 1 << 3,
    Bio = 1 << 4,
    Status = 1 << 5,
    Bytes = 1 << 6,
    Error = 1 << 7,
    Value = 1 << 8,

    // Optional on write events, added for recordings (`dioverify record`); a plain v1 trace never has them.
    File = 1 << 9,
    Path = 1 << 10,
    Incomplete = 1 << 11,
}
