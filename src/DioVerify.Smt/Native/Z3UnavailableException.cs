namespace DioVerify.Smt.Native;

/// <summary>Z3 cannot be used on this machine: the native library or its compat shim is missing or too old.</summary>
/// <remarks>The message is written for the person running <c>dioverify</c> and says how to fix it.</remarks>
public sealed class Z3UnavailableException : Exception
{
    public Z3UnavailableException(string message)
        : base(message)
    {
    }

    public Z3UnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
