using System.Diagnostics;
using System.Text;
using DioVerify.Engine.Input;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Engine.Tests.Schedules.Fuzz;
using Xunit;
using Xunit.Abstractions;

namespace DioVerify.Engine.Tests.Schedules;

/// <summary>
/// Whatever bytes a schedule file holds, the reader either returns a valid schedule or throws a
/// <see cref="BadInputException"/> at a positive line and column — never another exception (the CLI
/// would report it as an internal error, exit 70).
/// </summary>
public sealed class ScheduleReaderFuzz(ITestOutputHelper output)
{
    private const int Seed = 20100603;
    private const int Cases = 12_000;

    [Fact(Timeout = 120_000)]
    public async Task Mutated_schedules_parse_to_a_valid_schedule_or_are_a_positioned_error()
    {
        await Task.Run(() =>
        {
            var rng = new Random(Seed);
            var generator = new ScheduleGenerator(rng);
            var mutations = new ScheduleMutator(rng).All;
            var applied = new Dictionary<string, int>();
            int cases = 0, rejected = 0;
            var clock = Stopwatch.StartNew();

            while (cases < Cases)
            {
                var text = Encoding.UTF8.GetBytes(ScheduleWriter.Write(generator.Next()));
                var names = new List<string>();
                // Mostly one mutation, so that some inputs stay valid; a third get a second one on top.
                for (var k = rng.Next(3) == 0 ? 2 : 1; k > 0; k--)
                {
                    var (name, mutate) = mutations[rng.Next(mutations.Count)];
                    if (mutate(text) is not { } next) continue;
                    text = next;
                    names.Add(name);
                }

                if (names.Count == 0) continue;
                cases++;
                foreach (var name in names) applied[name] = applied.GetValueOrDefault(name) + 1;
                if (!AcceptedAsValid(text, string.Join(" + ", names))) rejected++;
            }

            output.WriteLine($"{cases} mutated schedules, {rejected} rejected, {cases - rejected} accepted, in {clock.ElapsedMilliseconds} ms");
            foreach (var (name, count) in applied.OrderBy(p => p.Key)) output.WriteLine($"  {count,5}  {name}");
            foreach (var (name, _) in mutations) Assert.True(applied.GetValueOrDefault(name) >= 300, $"mutation \"{name}\" ran only {applied.GetValueOrDefault(name)} times");
            Assert.InRange(rejected, Cases / 2, Cases - 300);
        });
    }

    [Fact]
    public void Generated_schedules_are_valid_and_read_back_unchanged()
    {
        var generator = new ScheduleGenerator(new Random(Seed));
        for (var n = 0; n < 2000; n++)
        {
            var schedule = generator.Next();
            var read = ScheduleReader.Parse(Encoding.UTF8.GetBytes(ScheduleWriter.Write(schedule)), "fuzz.json");
            Assert.True(read.SameAs(schedule), ScheduleWriter.Write(schedule));
        }
    }

    /// <summary>True when the bytes read as a valid schedule; false when they are a positioned error; fails otherwise.</summary>
    private static bool AcceptedAsValid(byte[] text, string how)
    {
        Schedule schedule;
        try
        {
            schedule = ScheduleReader.Parse(text, "fuzz.json");
        }
        catch (BadInputException e)
        {
            var lines = text.Count(b => b == (byte)'\n') + 1;
            Assert.True(
                e.File == "fuzz.json" && e.Line >= 1 && e.Line <= lines && e.Column >= 1 && !string.IsNullOrWhiteSpace(e.Reason),
                $"{how}: error not positioned in the file: {e.Message}\n{Show(text)}");
            return false;
        }
        catch (Exception e)
        {
            Assert.Fail($"{how}: {e.GetType().Name} instead of a positioned error: {e.Message}\n{Show(text)}");
            throw;
        }

        Assert.Null(schedule.Request.Validate());
        var bios = ConcreteLayout.Of(schedule.Request, schedule.FreeBlocks).Count;
        Assert.Equal(bios, schedule.Outcomes.Length);
        Assert.Equal(Enumerable.Range(0, bios), schedule.Arrival.Order());
        if (schedule.AlternateArrival is { } alt) Assert.Equal(Enumerable.Range(0, bios), alt.Order());
        Assert.True(ScheduleReader.Parse(Encoding.UTF8.GetBytes(ScheduleWriter.Write(schedule)), "again.json").SameAs(schedule), $"{how}: does not read back\n{Show(text)}");
        return true;
    }

    private static string Show(byte[] text) => Encoding.UTF8.GetString(text.Length > 2000 ? text[..2000] : text);
}
