using DioVerify.Engine.Properties;

namespace DioVerify.Engine.Policies;

/// <summary>The properties a policy is expected to violate (with why); every other property must hold.</summary>
public sealed class ExpectedVerdicts
{
    private readonly Dictionary<PropertyId, string> _violations;

    private ExpectedVerdicts(Dictionary<PropertyId, string> violations) => _violations = violations;

    /// <summary>A correct policy: every property holds.</summary>
    public static ExpectedVerdicts AllHold { get; } = new([]);

    /// <summary>Expects each named property to be violated, for the reason given.</summary>
    public static ExpectedVerdicts Violates(params (PropertyId Property, string Why)[] violations) =>
        new(violations.ToDictionary(v => v.Property, v => v.Why));

    public IEnumerable<PropertyId> Violated => _violations.Keys.Order();

    public bool IsCorrectPolicy => _violations.Count == 0;

    public bool Holds(PropertyId property) => !_violations.ContainsKey(property);

    /// <summary>Why the property is expected to fail, or null if it is expected to hold.</summary>
    public string? WhyViolated(PropertyId property) => _violations.GetValueOrDefault(property);
}
