using System.Text;
using DioVerify.Engine.Model;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Verdicts;

namespace DioVerify.Reporting;

/// <summary>
/// Every refutation of a <c>prove</c> run in a few lines each: which obligation, the counterexample's request, outcomes
/// and arrival order, what the engine returned and the property's own account of the failure, and the file written.
/// </summary>
public static class RefutationText
{
    public static string Render(IReadOnlyList<ShownRefutation> refutations)
    {
        var text = new StringBuilder();
        if (refutations.Count == 0) return "";
        var minimised = refutations.Count(r => r.Minimised);
        text.AppendLine($"refutations ({refutations.Count}; {minimised} minimised: fewest BIOs, then failures, length, inversions, as `counterexample` orders them):");
        foreach (var shown in refutations)
        {
            var o = shown.Result.Obligation;
            var s = shown.Schedule;
            var r = s.Request;
            var run = Replay.Run(o.Policy, s);
            var story = CounterexampleStory.Of(run, o.Property);
            text.AppendLine($"  {o.Policy.Name} {o.Property} {PropertyCatalog.NameOf(o.Property)} ({o.BoundText}{(shown.Result.Judgement.Fails() ? ", NOT AS EXPECTED" : "")}): " +
                $"{s.Outcomes.Length} BIO(s), {s.FailureCount} failed; {shown.Source}");
            text.AppendLine($"      request  offset {r.Offset}, length {r.Length}, file size {r.FileSize}, block {r.BlockSize}, sector {r.SectorSize}, max BIO {r.MaxBioBytes}, free blocks {s.FreeBlocks?.ToString() ?? "unlimited"}");
            text.AppendLine($"      BIOs     outcomes [{string.Join(", ", s.Outcomes.Select(b => b == BioStatus.Ok ? "ok" : "EIO"))}], arrival [{string.Join(", ", s.Arrival)}]" +
                (s.AlternateArrival is { } other ? $", other arrival [{string.Join(", ", other)}]" : ""));
            text.AppendLine($"      result   R = {run.ReturnedText}, P = {run.Prefix} bytes, new size {run.Outcome.NewSize}; {story.Finding.FirstOrDefault() ?? ""}".TrimEnd(' ', ';', ':'));
            if (shown.WrittenTo is { } path) text.AppendLine($"      written  {path} (dioverify replay {path})");
        }

        if (refutations.All(r => r.WrittenTo is null)) text.AppendLine("  (--out DIR writes each as schedule v1 for replay)");
        return text.ToString();
    }
}
