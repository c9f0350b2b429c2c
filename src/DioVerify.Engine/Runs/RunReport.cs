using DioVerify.Engine.Write;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Schedules;

namespace DioVerify.Engine.Runs;

/// <summary>Everything one policy did on one schedule, and how each property judged it.</summary>
/// <param name="RunVerdicts">P1–P5 and P7 on this run.</param>
/// <param name="OrderIndependence">P6 over the arrival orders of these outcomes; null when not every order was tried and none differed.</param>
/// <param name="DifferingArrival">An arrival order whose outcome differs from this run's, when P6 fails.</param>
public sealed record RunReport(
    IPolicy Policy,
    Schedule Schedule,
    BioLayout<bool, long> Layout,
    Outcome<long> Outcome,
    long Prefix,
    IReadOnlyDictionary<PropertyId, bool> RunVerdicts,
    bool? OrderIndependence,
    string OrderIndependenceNote,
    IReadOnlyList<int>? DifferingArrival)
{
    /// <summary>The evidence behind <see cref="OrderIndependence"/>: a differing order, every order, a proof, or a sample.</summary>
    public OrderIndependenceBasis OrderBasis { get; init; } = OrderIndependenceBasis.Sampled;

    public Geometry<bool, long> Geometry => Layout.Geometry;

    public long Returned => Outcome.Returned;

    /// <summary>Every property's verdict, P6 included (null when undecided).</summary>
    public IEnumerable<(PropertyId Property, bool? Holds)> Verdicts =>
        PropertyCatalog.All.Select(p => (p, p == PropertyId.P6 ? OrderIndependence : (bool?)RunVerdicts[p]));

    /// <summary>The returned value as a person reads it: <c>4096 bytes</c> or <c>EIO</c>.</summary>
    public string ReturnedText => Returned >= 0 ? $"{Returned} bytes" : Errno.Name(-Returned);
}
