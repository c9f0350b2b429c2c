using DioVerify.Smt.Native;
using DioVerify.Smt.Solving;

namespace DioVerify.Cli;

/// <summary>Opens a Z3 session, turning a missing or too-old libz3 into a clear "unavailable" failure.</summary>
public static class Z3Provider
{
    public static Z3Session Session()
    {
        try
        {
            return new Z3Session();
        }
        catch (Z3UnavailableException e)
        {
            throw new CliException(ExitCode.Unavailable, e.Message);
        }
    }

    /// <summary>The native libz3 version, or why it is not available.</summary>
    public static string Version()
    {
        try
        {
            return Z3NativeLoader.NativeVersion;
        }
        catch (Z3UnavailableException e)
        {
            return $"unavailable ({e.Message})";
        }
    }
}
