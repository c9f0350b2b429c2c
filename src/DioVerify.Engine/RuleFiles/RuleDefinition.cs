using DioVerify.Engine.Properties;

namespace DioVerify.Engine.RuleFiles;

/// <summary>A property the rule is expected to violate, why, and where the file says so.</summary>
public sealed record RuleViolation(PropertyId Property, string Why, Position At);

/// <summary>A named local definition, <c>let name = value</c>, with its checked type.</summary>
public sealed record RuleLet(string Name, RuleExpr Value, RuleType Type, Position At);

/// <summary>
/// A user fold, <c>[commutative] fold name = initial on complete = update</c>: a value the engine carries through the
/// completions, read by name from the <c>let</c>s and the decision below it. <see cref="CommutativeAt"/> is where the
/// file claims it commutes (null: no claim; the prover decides either way).
/// </summary>
public sealed record RuleFold(string Name, RuleType Type, RuleExpr Initial, RuleExpr Update, Position At, Position? CommutativeAt);

/// <summary>
/// A parsed and type-checked rule file: its name, description, expected verdicts, definitions and decision.
/// <see cref="Size"/> and <see cref="Keep"/> override the default cleanup (<see cref="Policies.Rules.Cleanup"/> by
/// <see cref="Written"/>, itself the return value unless given).
/// </summary>
public sealed record RuleDefinition(
    string File,
    string Text,
    string Name,
    Position NameAt,
    string Description,
    IReadOnlyList<RuleViolation> Violations,
    IReadOnlyList<RuleLet> Lets,
    RuleExpr Returned,
    Position ReturnAt,
    RuleExpr? Size,
    RuleExpr? Keep,
    RuleExpr? Written,
    IReadOnlyDictionary<RuleExpr, RuleType> Types)
{
    /// <summary>The user folds, in the order declared (none for most rules).</summary>
    public IReadOnlyList<RuleFold> Folds { get; init; } = [];
}
