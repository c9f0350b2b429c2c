namespace DioVerify.Engine.Write;

/// <summary>
/// One user fold: its name, whether it is a boolean (else an integer), its slot among the folds of its type, and
/// whether the rule declares it commutative (a claim the prover checks, never trusts).
/// </summary>
public sealed record UserFoldDeclaration(string Name, bool IsBoolean, int Slot, bool DeclaredCommutative);
