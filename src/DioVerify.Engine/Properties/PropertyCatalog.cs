namespace DioVerify.Engine.Properties;

/// <summary>The properties of SPEC v1: six judged per run and P6 judged across arrival orders.</summary>
public static class PropertyCatalog
{
    public static IReadOnlyList<IRunProperty> PerRun { get; } =
    [
        new PrefixSafety(),
        new Completeness(),
        new Progress(),
        new NoStaleExposure(),
        new NoLeak(),
        new ErrorHonesty(),
    ];

    public static IReadOnlyList<PropertyId> All { get; } = Enum.GetValues<PropertyId>();

    public static string NameOf(PropertyId id) =>
        id == PropertyId.P6 ? OrderIndependence.Name : PerRun.Single(p => p.Id == id).Name;

    public static string FormalOf(PropertyId id) =>
        id == PropertyId.P6 ? OrderIndependence.Formal : PerRun.Single(p => p.Id == id).Formal;

    /// <summary>Parses exactly <c>P1</c>..<c>P7</c> (the letter in either case), or null.</summary>
    /// <remarks>
    /// Matched by hand, not with <c>Enum.TryParse</c>: that also takes numbers, so "07", " 7" and "+7"
    /// named P7 — a provenance field must name a property the way every output writes it.
    /// </remarks>
    public static PropertyId? Parse(string text) =>
        text is [ 'P' or 'p', >= '1' and <= '7' and var digit ] ? (PropertyId)(digit - '0') : null;
}
