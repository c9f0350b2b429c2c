using System.Text;
using DioVerify.Engine.Algebra;
using DioVerify.Engine.Write;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;

namespace DioVerify.Reporting;

/// <summary>One BIO of a counterexample: index, <c>[Start, End)</c>, outcome.</summary>
public sealed record StoryBio(int Index, long Start, long End, BioStatus Status)
{
    public long Bytes => End - Start;
}

/// <summary>One completion in arrival order, with the engine's observations right after it.</summary>
public sealed record StoryStep(int Arrival, int Bio, BioStatus Status, CompletionState<bool, long> After);

/// <summary>
/// A counterexample as a story: the run, its BIOs, the engine's state after each completion, and the
/// property's own account of what went wrong (a byte range, an errno, two orders). Data only;
/// <see cref="CounterexampleText"/> renders it.
/// </summary>
public sealed record CounterexampleStory(
    RunReport Run,
    PropertyId Property,
    IReadOnlyList<StoryBio> Bios,
    CompletionState<bool, long> Submitted,
    IReadOnlyList<StoryStep> Steps,
    IReadOnlyList<string> Finding,
    RunReport? AlternateRun)
{
    /// <summary>Replays the run step by step with the reference engine and explains how <paramref name="property"/> fails.</summary>
    public static CounterexampleStory Of(RunReport run, PropertyId property)
    {
        var a = ConcreteAlgebra.Instance;
        var layout = run.Layout;
        var bios = Enumerable.Range(0, layout.Count).Select(k => new StoryBio(k, layout.Starts[k], layout.Ends[k], run.Schedule.Outcomes[k])).ToList();
        var arriving = run.Schedule.Arrival.Select(k => bios[k]).ToList();
        var states = WriteEngine.States(a, run.Geometry, arriving.Select(bio => (bio.Start, bio.End, bio.Status == BioStatus.Eio)), run.Policy).ToList();
        var submitted = states[0];
        var steps = arriving.Select((bio, j) => new StoryStep(j, bio.Index, bio.Status, states[j + 1])).ToList();

        RunReport? alternate = null;
        var order = run.Schedule.AlternateArrival?.ToArray() ?? run.DifferingArrival?.ToArray();
        if (property == PropertyId.P6 && order is not null)
        {
            alternate = Replay.Run(run.Policy, run.Schedule with { Arrival = [.. order], AlternateArrival = null, Property = null });
        }

        return new CounterexampleStory(run, property, bios, submitted, steps, Explain(run, bios, property, alternate), alternate);
    }

    private static List<string> Explain(RunReport run, IReadOnlyList<StoryBio> bios, PropertyId property, RunReport? alternate)
    {
        var r = run.Schedule.Request;
        var g = run.Geometry;
        var off = r.Offset;
        var p = run.Prefix;
        var returned = run.Returned;
        var anyFailed = bios.Any(b => b.Status == BioStatus.Eio);
        switch (property)
        {
            case PropertyId.P1:
                return returned > p
                    ? [$"claimed but not durable: [{off + p}, {off + returned}), {returned - p} bytes", .. NotDurableIn(bios, g.Cut, off + p, off + returned)]
                    : [$"R = {run.ReturnedText} does not exceed P = {p}: nothing over-claimed on this run"];
            case PropertyId.P2:
                return [$"no BIO failed and the request was not cut, yet R = {run.ReturnedText} where len = {r.Length}"];
            case PropertyId.P3:
                return returned < 0
                    ? [$"P = {p} bytes were durable, but R = {run.ReturnedText}: all {p} bytes of progress thrown away (progress lost)"]
                    : returned < p
                        ? [$"P = {p} bytes were durable, but R = {returned}: {p - returned} bytes of progress not reported"]
                        : [$"R = {returned} where P = {p}: {returned - p} bytes more than the durable prefix (see P1)"];
            case PropertyId.P4:
            {
                var low = Math.Max(r.FileSize, off);
                var size = run.Outcome.NewSize;
                var ranges = NotDurableIn(bios, g.Cut, low, size);
                var total = ranges.Count == 0 ? 0 : bios.Where(b => b.Status == BioStatus.Eio).Sum(b => Overlap(b.Start, b.End, low, size)) + Overlap(g.Cut, g.End, low, size);
                return [$"new size {size} makes [{low}, {size}) readable; of it, {total} bytes are not durable (stale):", .. ranges];
            }

            case PropertyId.P5:
            {
                var size = run.Outcome.NewSize;
                var from = Math.Max(g.FirstNewBlock, RoundUp(size, r.BlockSize));
                var to = run.Outcome.KeptEnd;
                return to > from
                    ? [$"leaked: {(to - from) / r.BlockSize} kept block(s) [{from}, {to}) at or past the new size {size}"]
                    : [$"no kept block at or past the new size {size} on this run"];
            }

            case PropertyId.P6:
                return alternate is null
                    ? ["no second arrival order with a different outcome was found"]
                    :
                    [
                        $"arrival [{string.Join(", ", run.Schedule.Arrival)}]: R = {run.ReturnedText}, new size {run.Outcome.NewSize}, kept to {run.Outcome.KeptEnd}",
                        $"arrival [{string.Join(", ", alternate.Schedule.Arrival)}]: R = {alternate.ReturnedText}, new size {alternate.Outcome.NewSize}, kept to {alternate.Outcome.KeptEnd}",
                        "same outcomes, different order, different result: the return rule reads the arrival order",
                    ];
            case PropertyId.P7:
            {
                if (returned >= 0)
                {
                    var honest = anyFailed ? "EIO (a BIO failed)" : g.IsCut ? "ENOSPC (the request was cut)" : "an error";
                    return returned == 0
                        ? [$"R = 0 bytes: a success that wrote nothing; the honest answer is {honest}"]
                        : [$"R = {returned} bytes is a positive count: honest"];
                }

                var name = Errno.Name(-returned);
                var why = -returned switch
                {
                    Errno.EIO when !anyFailed => "EIO, but no BIO failed",
                    Errno.ENOSPC when !g.IsCut => "ENOSPC, but the request was not cut (allocation succeeded)",
                    Errno.EIO or Errno.ENOSPC => $"{name}, which matches what happened",
                    _ => $"{name}, an errno that names neither a failed BIO (EIO) nor a cut (ENOSPC)",
                };
                return [$"R = {why}: EIO? = {Yes(anyFailed)}, CUT? = {Yes(g.IsCut)}"];
            }

            default:
                return [];
        }
    }

    /// <summary>The sub-ranges of <c>[from, to)</c> no durable BIO covers: failed BIOs and the part past the cut.</summary>
    private static List<string> NotDurableIn(IReadOnlyList<StoryBio> bios, long cut, long from, long to)
    {
        var lines = new List<string>();
        foreach (var b in bios.Where(b => b.Status == BioStatus.Eio && Overlap(b.Start, b.End, from, to) > 0))
        {
            lines.Add($"  [{Math.Max(b.Start, from)}, {Math.Min(b.End, to)})  BIO {b.Index} failed (EIO): undetermined");
        }

        if (to > Math.Max(cut, from))
        {
            lines.Add($"  [{Math.Max(cut, from)}, {to})  past the cut at {cut}: never submitted");
        }

        return lines;
    }

    private static long Overlap(long start, long end, long from, long to) => Math.Max(0, Math.Min(end, to) - Math.Max(start, from));

    private static long RoundUp(long x, long unit) => ConcreteAlgebra.Instance.RoundUp(x, unit);

    private static string Yes(bool value) => value ? "yes" : "no";
}

/// <summary>A counterexample story as plain text, one screen: request, BIO table, timeline, verdict, finding, sector map.</summary>
public static class CounterexampleText
{
    public static string Render(CounterexampleStory story)
    {
        var run = story.Run;
        var policy = run.Policy;
        var property = story.Property;
        var r = run.Schedule.Request;
        var g = run.Geometry;
        var holds = story.Property == PropertyId.P6 ? run.OrderIndependence : run.RunVerdicts[property];
        var text = new StringBuilder();
        text.AppendLine($"counterexample: {policy.Name} violates {property} {PropertyCatalog.NameOf(property)} with {story.Bios.Count} BIO(s), {run.Schedule.FailureCount} failed");
        text.AppendLine($"  rule      {policy.Rule}");
        text.AppendLine($"  property  {PropertyCatalog.FormalOf(property)}  ({Expectation(policy, property)})");
        text.AppendLine($"  request   offset {r.Offset}, length {r.Length}, file size {r.FileSize}, block {r.BlockSize}, sector {r.SectorSize}, max BIO {r.MaxBioBytes}, free blocks {run.Schedule.FreeBlocks?.ToString() ?? "unlimited"}");
        text.AppendLine($"            {(g.IsCut ? $"ENOSPC cut at {g.Cut}: [{g.Cut}, {g.End}) never submitted" : "not cut: all of it submitted")}");
        text.AppendLine("  BIOs      index  [start, end)            bytes  outcome");
        foreach (var b in story.Bios)
        {
            text.AppendLine($"            {b.Index,5}  {$"[{b.Start}, {b.End})",-20} {b.Bytes,8}  {(b.Status == BioStatus.Ok ? "ok" : "EIO")}");
        }

        if (story.Bios.Count == 0) text.AppendLine("            (none: the request was cut at its offset)");
        text.AppendLine("  timeline  step  completes     AnyFailed  LowestFailedStart  OkBytes  HighestOkEnd  FailureArrived  OkBytesBeforeFailure");
        text.AppendLine(StateRow("submit", "", story.Submitted));
        foreach (var step in story.Steps)
        {
            text.AppendLine(StateRow($"{step.Arrival + 1}", $"BIO {step.Bio} {(step.Status == BioStatus.Ok ? "ok" : "EIO")}", step.After));
        }

        text.AppendLine($"  result    R = {run.ReturnedText}, P = {run.Prefix} bytes, new size {run.Outcome.NewSize}, {Kept(g.FirstNewBlock, run.Outcome.KeptEnd, r.BlockSize)}");
        text.AppendLine($"  verdict   {property} {PropertyCatalog.NameOf(property)} {VerdictText.Mark(holds)}");
        foreach (var line in story.Finding) text.AppendLine($"            {line}");
        text.AppendLine("  sector map");
        text.Append(SectorMapText.Render(SectorMap.Of(run)));
        return text.ToString();
    }

    /// <summary>The message when exhaustive search up to <paramref name="maxBios"/> BIOs found nothing.</summary>
    public static string NotFound(IPolicy policy, PropertyId property, int maxBios, long schedules) =>
        $"no counterexample with up to {maxBios} BIOs: {property} {PropertyCatalog.NameOf(property)} holds for every schedule explored " +
        $"({policy.Name}, {schedules:N0} schedules; {Expectation(policy, property)})\n";

    /// <summary>The line that follows <see cref="NotFound"/> when the property is proved for every number of BIOs.</summary>
    /// <param name="domain">Exactly what the proof covers (its geometries): nothing wider is claimed.</param>
    public static string NoneAtAnyBound(IPolicy policy, PropertyId property, string domain) =>
        $"and none exists at any number of BIOs in the proved domain: {property} is proved for {policy.Name} by induction over arrivals " +
        $"for {domain} (dioverify prove --policy {policy.Name} --property {property} --unbounded)\n";

    /// <summary>
    /// For a replayed schedule that names the property it was recorded as violating: whether it still
    /// fails for the policy now, and whether it was written by another DioVerify version.
    /// </summary>
    public static string ReplayStatus(RunReport run, PropertyId property, string? producedBy, string currentVersion)
    {
        var holds = property == PropertyId.P6 ? run.OrderIndependence : run.RunVerdicts[property];
        var name = $"{property} {PropertyCatalog.NameOf(property)}";
        var text = new StringBuilder();
        text.AppendLine(holds switch
        {
            false => $"still fails: {name} ({run.Policy.Name})",
            true => $"no longer fails: {name} holds for {run.Policy.Name} on this schedule",
            null => $"cannot tell whether it still fails: {name} is undecided for {run.Policy.Name} on this schedule",
        });
        if (producedBy is not null && producedBy != currentVersion)
        {
            // producedBy is whatever the schedule file says: printed, it must not steer the terminal.
            text.AppendLine($"recorded by {TerminalText.Neutralise(producedBy)}; replayed by {currentVersion}");
        }

        return text.ToString();
    }

    private static string StateRow(string step, string completes, CompletionState<bool, long> s) =>
        $"            {step,-6}{completes,-14}{Yes(s.AnyFailed),-11}{s.LowestFailedStart,-19}{s.OkBytes,-9}{s.HighestOkEnd,-14}{Yes(s.FailureArrived),-16}{s.OkBytesBeforeFailure}{(s.User is { } folds ? $"  {folds}" : "")}";

    private static string Expectation(IPolicy policy, PropertyId property) =>
        policy.Expected.WhyViolated(property) is { } why ? $"expected to fail: {why}" : "expected to hold";

    private static string Kept(long firstNew, long keptEnd, long blockSize) =>
        keptEnd <= firstNew ? "no new blocks kept" : $"kept {(keptEnd - firstNew) / blockSize} new block(s) [{firstNew}, {keptEnd})";

    private static string Yes(bool value) => value ? "yes" : "no";
}
