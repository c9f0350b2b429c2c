using DioVerify.Engine.Properties;

namespace DioVerify.Audit.Kernel;

/// <summary>
/// The verdicts on one kernel scenario: the durable prefix <c>P</c> as the device holds it, the prefix
/// readable through the file, P1–P5 and P7 (P6 needs a second arrival order a kernel run cannot force),
/// and notes saying in words what the filesystem did.
/// </summary>
public sealed record KernelJudgement(
    KernelObservation Observation,
    long Prefix,
    long Readable,
    IReadOnlyDictionary<PropertyId, bool> Properties,
    IReadOnlyList<string> Notes)
{
    /// <summary>The properties judged, in order.</summary>
    public static IReadOnlyList<PropertyId> Judged { get; } = [PropertyId.P1, PropertyId.P2, PropertyId.P3, PropertyId.P4, PropertyId.P5, PropertyId.P7];

    public bool Conforms => Properties.Values.All(holds => holds);

    /// <summary>What the scenario expects of each judged property on this filesystem (all hold unless it says otherwise).</summary>
    public IReadOnlyDictionary<PropertyId, bool> Expected { get; init; } = Judged.ToDictionary(id => id, _ => true);

    /// <summary>Every verdict is what the scenario expects.</summary>
    public bool AsExpected => Judged.All(id => Properties[id] == Expected[id]);

    /// <summary>The kernel rule file's prediction from the observed BIO outcomes, next to what the kernel did.</summary>
    public RuleConformance? Rule { get; init; }

    /// <summary>The recorded trace of the write and whether its audit agrees, when the run was recorded (<c>--traces</c>).</summary>
    public TraceAgreement? Trace { get; init; }
}
