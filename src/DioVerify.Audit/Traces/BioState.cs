namespace DioVerify.Audit.Traces;

/// <summary>What a trace says about one BIO when its write returned: completed ok, completed eio, or still in flight.</summary>
public enum BioState : byte
{
    /// <summary>Submitted but not completed before the write's <c>return</c>: its outcome is unknown.</summary>
    InFlight,

    /// <summary>Completed <c>ok</c>: every byte it covers is durable.</summary>
    Ok,

    /// <summary>Completed <c>eio</c>: none of its bytes counts as durable.</summary>
    Eio,
}
