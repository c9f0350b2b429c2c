using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Schedules;

namespace DioVerify.Cli.Commands;

/// <summary>
/// FsCheck's verdict on one (policy, property) pair in <c>check</c>: caught, with the shrunk counterexample
/// (replayed and confirmed), or not caught in the generated schedules.
/// </summary>
public sealed record FsCheckCell(IPolicy Policy, PropertyId Property, Schedule? Shrunk)
{
    public bool Caught => Shrunk is not null;

    public bool ExpectedToHold => Policy.Expected.Holds(Property);

    /// <summary>A planted fault must be caught; a property the policy must satisfy must not be (a false alarm).</summary>
    public bool AsExpected => ExpectedToHold != Caught;

    /// <summary>The kill matrix cell: <c>caught@n</c> (shrunk to n BIOs) or <c>MISSED</c>.</summary>
    public string Text => Shrunk is { } shrunk ? $"caught@{shrunk.Outcomes.Length}" : "MISSED";
}
