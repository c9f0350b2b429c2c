using System.Runtime.CompilerServices;
using DioVerify.Engine.Schedules;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;

namespace DioVerify.Properties.Tests;

/// <summary>
/// Runs an FsCheck property programmatically and hands back its result as data — passed, or the original
/// and shrunk counterexample — instead of an exception with text. FsCheck 3's C# API:
/// <c>Prop.ForAll&lt;T&gt;(predicate).Check(config)</c>, where the config registers
/// <see cref="ScheduleGenerators"/> (<c>Config.WithArbitrary</c>) and carries an <see cref="IRunner"/> that
/// captures the <see cref="TestResult"/>: <c>TestResult.Failed</c> holds the test data (Item1), the original
/// arguments (Item2), the shrunk arguments (Item3), the outcome (Item4) and the seed (Item5).
/// </summary>
public static class FsCheckRun
{
    /// <summary>Cases per property: 10 000 in CI, 200 000 with <c>DIOVERIFY_LONG=1</c>.</summary>
    public static int MaxTest =>
        Environment.GetEnvironmentVariable("DIOVERIFY_LONG") is "1" or "true" ? 200_000 : 10_000;

    /// <summary>Checks <paramref name="property"/> on values of the arbitrary <see cref="ScheduleGenerators"/> registers for <typeparamref name="T"/>.</summary>
    public static FsCheckResult<T> Check<T>(Func<T, bool> property, int maxTest)
        where T : class =>
        Run<T>(guarded => Prop.ForAll(guarded), property, maxTest);

    /// <summary>Checks <paramref name="property"/> on values of an arbitrary given explicitly.</summary>
    public static FsCheckResult<T> Check<T>(Arbitrary<T> arbitrary, Func<T, bool> property, int maxTest)
        where T : class =>
        Run<T>(guarded => Prop.ForAll(arbitrary, guarded), property, maxTest);

    /// <summary>
    /// A case on which the property throws counts as a failure (as in FsCheck), shrinks like one, and its
    /// exception is kept for the report.
    /// </summary>
    private static FsCheckResult<T> Run<T>(Func<Func<T, bool>, Property> forAll, Func<T, bool> property, int maxTest)
        where T : class
    {
        var crashes = new ConditionalWeakTable<T, Exception>();
        bool Guarded(T value)
        {
            try
            {
                return property(value);
            }
            catch (Exception e)
            {
                crashes.AddOrUpdate(value, e);
                return false;
            }
        }

        var runner = new CapturingRunner();
        var config = Config.Quick
            .WithArbitrary([typeof(ScheduleGenerators)])
            .WithMaxTest(maxTest)
            .WithQuietOnSuccess(true)
            .WithRunner(runner);
        forAll(Guarded).Check(config);
        return runner.Result switch
        {
            TestResult.Failed failed => new FsCheckResult<T>(
                Passed: false,
                failed.Item1.NumberOfTests,
                failed.Item1.NumberOfShrinks,
                (T)failed.Item2.Head,
                (T)failed.Item3.Head,
                crashes.TryGetValue((T)failed.Item3.Head, out var crash) ? crash : null,
                $"({failed.Item5.Seed},{failed.Item5.Gamma})"),
            TestResult.Passed passed => new FsCheckResult<T>(Passed: true, passed.Item1.NumberOfTests, 0, null, null, null, null),
            var other => throw new InvalidOperationException($"FsCheck did not finish the property: {other}"),
        };
    }

    private sealed class CapturingRunner : IRunner
    {
        public TestResult? Result { get; private set; }

        public void OnStartFixture(Type type)
        {
        }

        public void OnArguments(int ntest, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every)
        {
        }

        public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink)
        {
        }

        public void OnFinished(string name, TestResult result) => Result = result;
    }
}

/// <summary>What one FsCheck run found: passed after <see cref="Tests"/> cases, or a counterexample and its shrunk form.</summary>
/// <param name="Crash">The exception the property threw on the shrunk case, when it did not simply return false.</param>
/// <param name="Seed">FsCheck's seed of the failing run (for <c>Config.WithReplay</c>).</param>
public sealed record FsCheckResult<T>(bool Passed, int Tests, int Shrinks, T? Original, T? Shrunk, Exception? Crash, string? Seed)
{
    /// <summary>The statistics <see cref="CounterexampleText"/> prints.</summary>
    public FsCheckResultInfo Info => new(Tests, Shrinks, Seed, Crash);

    /// <summary>The same result about a part of each case (e.g. the schedule of a reordered schedule).</summary>
    public FsCheckResult<TPart> Map<TPart>(Func<T, TPart> part)
        where TPart : class =>
        new(Passed, Tests, Shrinks, Original is null ? null : part(Original), Shrunk is null ? null : part(Shrunk), Crash, Seed);
}

/// <summary>The run statistics <see cref="CounterexampleText"/> prints.</summary>
public sealed record FsCheckResultInfo(int Tests, int Shrinks, string? Seed, Exception? Crash);

/// <summary>How a schedule counterexample is shown: schedule v1, ready for <c>dioverify replay</c>.</summary>
public static class CounterexampleText
{
    public const string Producer = "FsCheck (DioVerify.Properties.Tests)";

    public static string Describe(Schedule shrunk, Schedule original, FsCheckResultInfo info) =>
        $"FsCheck falsified it after {info.Tests} case(s) and {info.Shrinks} shrink(s) (seed {info.Seed}).\n" +
        (info.Crash is null ? "" : $"The property threw: {info.Crash}\n") +
        $"Shrunk counterexample ({shrunk.Outcomes.Length} BIO(s), {shrunk.FailureCount} failed) as schedule v1, replay with `dioverify replay FILE`:\n" +
        ScheduleWriter.Write(shrunk) +
        $"Original ({original.Outcomes.Length} BIO(s), {original.FailureCount} failed):\n" +
        ScheduleWriter.Write(original);
}
