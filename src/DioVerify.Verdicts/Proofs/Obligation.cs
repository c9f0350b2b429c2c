using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;

namespace DioVerify.Verdicts.Proofs;

/// <summary>One proof obligation: a policy, a property and the bound on the number of BIOs.</summary>
/// <param name="Bios">Every request mapping to 0..Bios BIOs is covered; null for an unbounded obligation.</param>
public sealed record Obligation(IPolicy Policy, PropertyId Property, int? Bios)
{
    public string BoundText => Bios is { } n ? $"bios<={n}" : "unbounded";

    /// <summary>The stem of its files in proofs/, e.g. <c>contiguous-prefix.P1.bios16</c>.</summary>
    public string FileStem => $"{Policy.Name}.{Property}.{(Bios is { } n ? $"bios{n}" : "unbounded")}";
}
