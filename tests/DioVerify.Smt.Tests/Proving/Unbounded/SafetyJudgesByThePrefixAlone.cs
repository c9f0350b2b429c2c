using DioVerify.Engine.Algebra;
using DioVerify.Engine.Model;
using DioVerify.Engine.Policies;
using DioVerify.Engine.Properties;
using DioVerify.Engine.Write;
using DioVerify.Smt.Proving;
using Xunit;

namespace DioVerify.Smt.Tests.Proving.Unbounded;

/// <summary>
/// The safety condition's premise, checked on concrete runs: every per-run property but P4 reads the BIO layout only
/// through <c>P</c> and <c>EIO?</c>, so judging it on the two-BIO summary <c>[off, off + P)</c> ok and
/// <c>[off + P, …)</c> failed iff some BIO failed gives the verdict the real layout gives. A property that starts
/// reading more of the layout fails here before the certificate could mislead.
/// </summary>
public sealed class SafetyJudgesByThePrefixAlone
{
    [Fact]
    public void Every_property_but_P4_gives_the_same_verdict_on_the_summary_as_on_the_real_BIOs()
    {
        var a = ConcreteAlgebra.Instance;
        var random = new Random(14);
        var judged = 0;
        foreach (var g in DeviceGeometry.Family)
        {
            for (var trial = 0; trial < 200; trial++)
            {
                var request = new WriteRequest(g.SectorSize * random.Next(0, 40), g.SectorSize * random.Next(1, 80), random.Next(0, 200_000), g.BlockSize, g.SectorSize, g.MaxBioBytes);
                var geometry = Geometry<bool, long>.Of(a, request.ToTerms(random.Next(0, 3) == 0 ? random.Next(0, 6) : null));
                var count = (int)BioLayout<bool, long>.BioCount(geometry.Offset, geometry.Cut, g.MaxBioBytes);
                var layout = BioLayout<bool, long>.Split(a, geometry, count);
                bool[] failed = [.. Enumerable.Range(0, count).Select(_ => random.Next(0, 4) == 0)];
                var anyFailed = failed.Any(f => f);
                var firstFailedStart = anyFailed ? layout.Starts[Array.IndexOf(failed, true)] : geometry.Cut;
                var summary = BioLayout<bool, long>.Split(a, geometry with { Request = geometry.Request with { MaxBioBytes = firstFailedStart - geometry.Offset } }, 2);

                foreach (var policy in PolicyCatalog.Builtin.Policies)
                {
                    var outcome = WriteEngine.Run(a, policy, layout, failed, [.. Enumerable.Range(0, count).Select(k => (long)k)]);
                    foreach (var property in PropertyCatalog.PerRun.Where(p => p.Id != PropertyId.P4))
                    {
                        var real = property.Holds(a, new RunFacts<bool, long>(a, layout, failed, outcome));
                        var summarized = property.Holds(a, new RunFacts<bool, long>(a, summary, [false, anyFailed], outcome));
                        Assert.True(real == summarized, $"{policy.Name} {property.Id} on {request} with {count} BIOs: real {real}, summary {summarized}");
                        judged++;
                    }
                }
            }
        }

        Assert.True(judged > 10_000, $"only {judged} judgements");
    }
}
