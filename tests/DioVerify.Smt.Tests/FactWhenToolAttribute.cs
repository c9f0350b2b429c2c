using Xunit;

namespace DioVerify.Smt.Tests;

/// <summary>A fact that is skipped, with the reason shown, when a command-line tool is not on PATH.</summary>
/// <remarks>xunit 2 has no dynamic skip, so the decision is made when the attribute is constructed.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class FactWhenToolAttribute : FactAttribute
{
    public FactWhenToolAttribute(string tool, string debianPackage)
    {
        Tool = tool;
        if (ExternalTool.Find(tool) is null)
        {
            Skip = $"'{tool}' is not on PATH; install it with: apt-get install -y {debianPackage}";
        }
    }

    public string Tool { get; }
}
