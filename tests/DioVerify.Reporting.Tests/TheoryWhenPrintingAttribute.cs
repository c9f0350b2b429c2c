using Xunit;

namespace DioVerify.Reporting.Tests;

/// <summary>A theory that is skipped, with the reason shown, unless both headless Chromium and pdftoppm are installed.</summary>
/// <remarks>xunit 2 has no dynamic skip, so the decision is made when the attribute is constructed.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class TheoryWhenPrintingAttribute : TheoryAttribute
{
    public TheoryWhenPrintingAttribute() => Skip = Chromium.MissingReason ?? Poppler.MissingReason;
}
