using System.Text;
using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Runs;
using DioVerify.Engine.Schedules;
using DioVerify.Verdicts;
using DioVerify.Verdicts.Proofs;

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
            var title = $"  {o.Policy.Name} {o.Property} {PropertyCatalog.NameOf(o.Property)} ({o.BoundText}{(shown.Result.Judgement.Fails() ? ", NOT AS EXPECTED" : "")})";
            if (shown.Schedule is not { } s)
            {
                text.AppendLine($"{title}: {shown.Source}");
                continue;
            }

            var r = s.Request;
            text.AppendLine($"{title}: {s.Outcomes.Length} BIO(s), {s.FailureCount} failed; {shown.Source}");
            text.AppendLine($"      request  offset {r.Offset}, length {r.Length}, file size {r.FileSize}, block {r.BlockSize}, sector {r.SectorSize}, max BIO {r.MaxBioBytes}, free blocks {s.FreeBlocks?.ToString() ?? "unlimited"}");
            text.AppendLine($"      BIOs     outcomes [{string.Join(", ", s.Outcomes.Select(b => b == BioStatus.Ok ? "ok" : "EIO"))}], arrival [{string.Join(", ", s.Arrival)}]" +
                (s.AlternateArrival is { } other ? $", other arrival [{string.Join(", ", other)}]" : ""));
            text.AppendLine(Result(o, s));
            if (shown.WrittenTo is { } path) text.AppendLine($"      written  {path} (dioverify replay {path})");
        }

        if (refutations.All(r => r.WrittenTo is null)) text.AppendLine("  (--out DIR writes each as schedule v1 for replay)");
        return text.ToString();
    }

    /// <summary>What the engine returned and the property's own account of the failure; a well-definedness refutation has no result.</summary>
    private static string Result(Obligation o, Schedule s)
    {
        try
        {
            var run = Replay.Run(o.Policy, s);
            var finding = CounterexampleStory.Of(run, o.Property).Finding.FirstOrDefault() ?? "";
            return $"      result   R = {run.ReturnedText}, P = {run.Prefix} bytes, new size {run.Outcome.NewSize}; {finding}".TrimEnd(' ', ';', ':');
        }
        catch (UndefinedArithmeticException e)
        {
            return $"      result   none: the policy's arithmetic is undefined on this request ({e.Operation})";
        }
    }
}
