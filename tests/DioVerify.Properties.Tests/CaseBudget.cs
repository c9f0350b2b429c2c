namespace DioVerify.Properties.Tests;

/// <summary>How many generated cases each property of this suite runs.</summary>
public static class CaseBudget
{
    /// <summary>Cases per property: 10 000 in CI, 200 000 with <c>DIOVERIFY_LONG=1</c>.</summary>
    public static int MaxTest =>
        Environment.GetEnvironmentVariable("DIOVERIFY_LONG") is "1" or "true" ? 200_000 : 10_000;
}
