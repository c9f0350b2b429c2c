namespace DioVerify.Verdicts.Proofs;

/// <summary>A solver that gave an answer: its short name (<c>z3-api</c>, <c>z3-cli</c>, <c>cvc5</c>) and the version it reported.</summary>
public sealed record SolverId(string Name, string Version)
{
    public override string ToString() => Version.Length == 0 ? Name : $"{Name} ({Version})";
}
