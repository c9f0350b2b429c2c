namespace DioVerify.Engine.Properties;

/// <summary>The seven properties of SPEC v1, each a proof obligation per policy.</summary>
public enum PropertyId
{
    /// <summary>prefix-safety: <c>R &gt;= 0 ⇒ R &lt;= P</c>.</summary>
    P1 = 1,

    /// <summary>completeness: <c>¬EIO? ∧ ¬CUT? ⇒ R = len</c>.</summary>
    P2,

    /// <summary>progress: <c>P &gt; 0 ⇒ R = P</c>.</summary>
    P3,

    /// <summary>no-stale-exposure: every byte of <c>[max(isize, off), newSize)</c> is durable.</summary>
    P4,

    /// <summary>no-leak: every kept block starts below <c>newSize</c>.</summary>
    P5,

    /// <summary>order-independence: <c>R</c>, size and kept blocks are the same for every arrival order.</summary>
    P6,

    /// <summary>error-honesty: an error names what happened; a count is never 0.</summary>
    P7,
}
