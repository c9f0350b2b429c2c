using Xunit;

namespace DioVerify.Reporting.Tests;

/// <summary>A theory that is skipped, with the reason shown, when headless Chromium is not installed.</summary>
/// <remarks>xunit 2 has no dynamic skip, so the decision is made when the attribute is constructed.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class TheoryWhenChromiumAttribute : TheoryAttribute
{
    public TheoryWhenChromiumAttribute() => Skip = Chromium.MissingReason;
}
