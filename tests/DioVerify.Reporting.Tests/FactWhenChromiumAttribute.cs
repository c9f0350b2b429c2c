using Xunit;

namespace DioVerify.Reporting.Tests;

/// <summary>A fact that is skipped, with the reason shown, when headless Chromium is not installed.</summary>
/// <remarks>xunit 2 has no dynamic skip, so the decision is made when the attribute is constructed.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class FactWhenChromiumAttribute : FactAttribute
{
    public FactWhenChromiumAttribute() => Skip = Chromium.MissingReason;
}
