using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;

namespace DioVerify.Generators;

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
    /// <summary>
    /// Checks <paramref name="property"/> on values of the arbitrary <see cref="ScheduleGenerators"/> registers for
    /// <typeparamref name="T"/>; from a random seed, or from <paramref name="seed"/> so the run is reproducible.
    /// </summary>
    public static FsCheckResult<T> Check<T>(Func<T, bool> property, int maxTest, ulong? seed = null)
        where T : class =>
        Run<T>(guarded => Prop.ForAll(guarded), property, maxTest, seed);

    /// <summary>Checks <paramref name="property"/> on values of an arbitrary given explicitly.</summary>
    public static FsCheckResult<T> Check<T>(Arbitrary<T> arbitrary, Func<T, bool> property, int maxTest, ulong? seed = null)
        where T : class =>
        Run<T>(guarded => Prop.ForAll(arbitrary, guarded), property, maxTest, seed);

    /// <summary>
    /// A case on which the property throws counts as a failure (as in FsCheck), shrinks like one, and its
    /// exception is kept for the report.
    /// </summary>
    private static FsCheckResult<T> Run<T>(Func<Func<T, bool>, Property> forAll, Func<T, bool> property, int maxTest, ulong? seed)
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
        if (seed is { } fixedSeed)
        {
            config = config.WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(fixedSeed), FSharpOption<int>.None)));
        }

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
