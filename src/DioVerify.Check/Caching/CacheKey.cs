using System.Security.Cryptography;
using System.Text;
using DioVerify.Verdicts.Proofs;

namespace DioVerify.Check.Caching;

/// <summary>What a cached answer is about: the hash of the exact text solved, the solver and its version, and the options.</summary>
/// <param name="Options">Everything else the answer depends on (budgets; for the in-process prover its own build), as one line.</param>
public sealed record CacheKey(string TextHash, SolverId Solver, string Options)
{
    /// <summary>The entry's name: a hash of the three parts.</summary>
    public string Hash { get; } = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        $"{ObligationCache.Format}\n{TextHash}\n{Solver.Name}\n{Solver.Version}\n{Options}\n")));
}
