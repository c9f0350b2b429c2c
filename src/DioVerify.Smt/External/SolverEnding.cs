namespace DioVerify.Smt.External;

/// <summary>How an external solver process came to an end.</summary>
public enum SolverEnding
{
    /// <summary>It exited by itself (normally or by a signal: see <see cref="SolverTranscript.ExitStatus"/>).</summary>
    Exited,

    /// <summary>We stopped it after a line that decides the verdict (a <c>sat</c>, an error, garbage, an extra answer).</summary>
    StoppedAfterDecidingLine,

    /// <summary>We killed it when its time budget ran out.</summary>
    TimedOut,

    /// <summary>We killed it because the whole run was asked to stop (Ctrl-C, SIGTERM).</summary>
    Interrupted,
}
