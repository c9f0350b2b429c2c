namespace DioVerify.Engine.Model;

/// <summary>The Linux errno values the model speaks of; a return value below zero is <c>-errno</c>, as in the kernel.</summary>
public static class Errno
{
    public const long EIO = 5;
    public const long EINVAL = 22;
    public const long ENOSPC = 28;

    /// <summary>The symbolic name of an errno, or <c>E&lt;n&gt;</c> for one the model does not name.</summary>
    public static string Name(long errno) => errno switch
    {
        EIO => "EIO",
        EINVAL => "EINVAL",
        ENOSPC => "ENOSPC",
        _ => $"E{errno}",
    };

    /// <summary>The errno of a known name (as written in schedules and traces), if it is one the model names.</summary>
    public static long? FromName(string name) => name switch
    {
        "EIO" => EIO,
        "EINVAL" => EINVAL,
        "ENOSPC" => ENOSPC,
        _ => null,
    };
}
