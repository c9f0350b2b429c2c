using System.Reflection;
using System.Text;
using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Reporters;
using ApprovalTests.Reporters.TestFrameworks;

// A mismatch is an xunit assertion failure with the diff in the message: no diff tool is ever launched.
[assembly: UseReporter(typeof(XUnit2Reporter))]

namespace DioVerify.Reporting.Tests;

/// <summary>
/// The one place that knows the snapshot library (ApprovalTests 7; see DESIGN.md on why not Verify.Xunit):
/// moving to another library is a change to this file only.
/// </summary>
/// <remarks>
/// A snapshot of <c>Class.Method</c> for a scenario is <c>Class.Method.scenario.approved.txt</c> beside the test
/// source; a mismatch writes <c>Class.Method.scenario.received.txt</c> next to it (ignored by git) and fails with
/// the difference. To approve, inspect the received file and rename it to <c>.approved.txt</c>.
/// The reporter is the assembly's <see cref="UseReporterAttribute"/> and must be an assertion reporter:
/// nothing here can fall back to ApprovalTests' <c>DiffReporter</c>, which launches any diff tool it finds
/// unless <c>DiffEngine_Disabled=true</c> — so no test run depends on that variable being exported.
/// </remarks>
public static class Snapshots
{
    private const string Approved = ".approved.txt";
    private const string Received = ".received.txt";

    /// <summary>Fails unless <paramref name="text"/> equals the approved snapshot of <paramref name="owner"/>.<paramref name="method"/> for <paramref name="scenario"/>.</summary>
    public static void Verify(string text, Type owner, string method, string scenario)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var namer = new Namer(Repository.TestProject, $"{owner.Name}.{method}.{scenario}");
        var approved = ApprovedFile(owner, method, scenario);
        var received = ReceivedFile(owner, method, scenario);
        Approvals.SetCaller();
        try
        {
            Approvals.Verify(new Utf8TextWriter(normalized), namer, Reporter());
        }
        catch (Exception e) when (e is not InvalidOperationException)
        {
            var what = File.Exists(Path.Combine(Repository.Root, approved))
                ? $"{approved} no longer matches: if the change is intended, check {received} against SPEC and rename it over the approved file"
                : $"{approved} does not exist yet: check {received} against SPEC and rename it to .approved.txt";
            throw new SnapshotMismatchException(what, e);
        }
    }

    /// <summary>The scenarios that have an approved snapshot of <paramref name="owner"/>.<paramref name="method"/>.</summary>
    public static IReadOnlyList<string> ApprovedScenarios(Type owner, string method)
    {
        var prefix = $"{owner.Name}.{method}.";
        return Directory.GetFiles(Repository.TestProject, $"{prefix}*{Approved}")
            .Select(path => Path.GetFileName(path)[prefix.Length..^Approved.Length])
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The approved file of a scenario, relative to the checkout (for messages).</summary>
    public static string ApprovedFile(Type owner, string method, string scenario) =>
        Path.GetRelativePath(Repository.Root, Path.Combine(Repository.TestProject, $"{owner.Name}.{method}.{scenario}{Approved}"));

    /// <summary>The received file a failed run of a scenario writes, relative to the checkout (for messages).</summary>
    public static string ReceivedFile(Type owner, string method, string scenario) =>
        Path.GetRelativePath(Repository.Root, Path.Combine(Repository.TestProject, $"{owner.Name}.{method}.{scenario}{Received}"));

    private static IApprovalFailureReporter Reporter()
    {
        var reporter = typeof(Snapshots).Assembly.GetCustomAttribute<UseReporterAttribute>()?.Reporter;
        return reporter is XUnit2Reporter
            ? reporter
            : throw new InvalidOperationException($"the snapshot reporter must be {nameof(XUnit2Reporter)} (an assertion, never a diff tool), not {reporter?.GetType().Name ?? "none"}");
    }

    /// <summary>Writes the received file as UTF-8 without a byte-order mark, so snapshots diff as plain text.</summary>
    private sealed class Utf8TextWriter(string text) : IApprovalWriter
    {
        private static readonly UTF8Encoding NoBom = new(encoderShouldEmitUTF8Identifier: false);

        public string GetApprovalFilename(string basename) => basename + Approved;

        public string GetReceivedFilename(string basename) => basename + Received;

        public string WriteReceivedFile(string received)
        {
            File.WriteAllText(received, text, NoBom);
            return received;
        }
    }

    /// <summary>Names the files directly: no stack-trace or PDB lookup, so a release build or a moved checkout names them alike.</summary>
    private sealed class Namer(string sourcePath, string name) : IApprovalNamer
    {
        public string SourcePath { get; } = sourcePath;

        public string Name { get; } = name;
    }
}

/// <summary>A snapshot differs from (or lacks) its approved file; the message says which file to look at and how to approve.</summary>
public sealed class SnapshotMismatchException(string message, Exception inner) : Exception(message, inner);
