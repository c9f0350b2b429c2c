namespace DioVerify.Engine.Runs;

/// <summary>
/// What a prover established about P6 for one policy on one geometry, handed to the solver-free engine as data:
/// proved for every arrival order on <see cref="Domain"/>, or not proved and why (so replay samples orders instead).
/// </summary>
public sealed record OrderIndependenceProof(bool Proved, string Detail)
{
    /// <summary>Proved for every arrival order (and every number of BIOs) on <paramref name="domain"/>, and nothing wider.</summary>
    public static OrderIndependenceProof For(string domain) => new(true, domain);

    /// <summary>No proof: the order lemma does not hold, the solver is missing, or it gave no answer.</summary>
    public static OrderIndependenceProof Unavailable(string reason) => new(false, reason);

    /// <summary>The covered domain when proved, else null.</summary>
    public string? Domain => Proved ? Detail : null;
}
