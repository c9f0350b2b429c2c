namespace DioVerify.Cli;

/// <summary>The CLI's exit codes: the contract CI scripts rely on (DESIGN.md "CLI contract").</summary>
public enum ExitCode
{
    /// <summary>Everything as expected.</summary>
    Ok = 0,

    /// <summary>A property refuted that was expected to hold, or a trace/kernel that does not conform.</summary>
    Violated = 1,

    /// <summary>The solver answered unknown or timed out: nothing was proved.</summary>
    Unknown = 2,

    /// <summary>The command line is wrong (sysexits EX_USAGE).</summary>
    Usage = 64,

    /// <summary>An input file is malformed; the message names file, line and reason (EX_DATAERR).</summary>
    BadInput = 65,

    /// <summary>A required facility (root, loop devices, FUSE, libz3) is missing here (EX_UNAVAILABLE).</summary>
    Unavailable = 69,

    /// <summary>DioVerify contradicted itself, e.g. a counterexample that does not replay (EX_SOFTWARE).</summary>
    Internal = 70,

    /// <summary>Stopped by Ctrl-C, SIGTERM, SIGHUP or SIGQUIT, after releasing what it held (always 128 + SIGINT, as shells report Ctrl-C).</summary>
    Interrupted = 130,
}
