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

    /// <summary>Parses <c>P1</c>..<c>P7</c> (case-insensitive), or null.</summary>
    public static PropertyId? Parse(string text) =>
        Enum.TryParse<PropertyId>(text, ignoreCase: true, out var id) && Enum.IsDefined(id) && text.Length == 2 ? id : null;
}
