namespace DioVerify.Smt.Proving.Methods;

/// <summary>The cases of a bounded method: every BIO count 0..N on every geometry of the domain, fewest BIOs first.</summary>
public static class BoundedCases
{
    public static IReadOnlyList<ProofCase> Of(int maxBios, GeometryDomain domain, Func<DeviceGeometry, int, ProofCase> make) =>
        [.. Enumerable.Range(0, maxBios + 1).SelectMany(n => domain.Geometries.Select(g => make(g, n)))];
}
