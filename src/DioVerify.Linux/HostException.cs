namespace DioVerify.Linux;

/// <summary>A system call or host tool failed while setting up or tearing down an audit; the message says which and why.</summary>
public sealed class HostException(string message) : Exception(message)
{
    public static HostException FromErrno(string what, int errno) => new($"{what}: {Libc.Describe(errno)}");
}
