using DioVerify.Engine.Policies;
using DioVerify.Smt.Proving;
using Xunit;

namespace DioVerify.Smt.Tests.Proving;

/// <summary>
/// The process-wide lemma store answers only what was definitely decided, and only for exactly what the lemma read:
/// an unknown is asked again, and an answer for one policy or domain is never given for another.
/// </summary>
public sealed class DecidedLemmasKeepOnlyDefiniteAnswers
{
    // A domain of its own per test, so no other test's answers (the prover's) are in the way.
    private static GeometryDomain FreshDomain() => new([new DeviceGeometry("test-only", 512, 4096, 4096)]);

    [Fact]
    public void An_unknown_is_not_kept_so_the_next_caller_decides_again()
    {
        var domain = FreshDomain();
        var asked = 0;

        Assert.Null(DecidedLemmas.Decide("lemma", null, domain, () => { asked++; return null; }));
        Assert.Null(DecidedLemmas.Get("lemma", null, domain));
        Assert.True(DecidedLemmas.Decide("lemma", null, domain, () => { asked++; return true; }));

        Assert.Equal(2, asked);
    }

    [Fact]
    public void A_definite_answer_is_kept_and_the_lemma_is_not_decided_again()
    {
        var domain = FreshDomain();
        var asked = 0;

        Assert.False(DecidedLemmas.Decide("lemma", null, domain, () => { asked++; return false; }));
        Assert.False(DecidedLemmas.Decide("lemma", null, domain, () => { asked++; return true; }));

        Assert.Equal(1, asked);
    }

    [Fact]
    public void An_answer_for_one_policy_or_domain_or_lemma_is_never_given_for_another()
    {
        var domain = FreshDomain();
        var holds = PolicyCatalog.Builtin.Find("contiguous-prefix")!;
        var fails = PolicyCatalog.Builtin.Find("arrival-cutoff")!;

        DecidedLemmas.Decide(DecidedLemmas.OrderLemmaName, holds, domain, () => true);

        Assert.Null(DecidedLemmas.Get(DecidedLemmas.OrderLemmaName, fails, domain));
        Assert.Null(DecidedLemmas.Get(DecidedLemmas.OrderLemmaName, holds, FreshDomain()));
        Assert.Null(DecidedLemmas.Get(DecidedLemmas.FoldsCommuteName, holds, domain));
        Assert.Null(DecidedLemmas.Get(DecidedLemmas.OrderLemmaName, null, domain));
    }
}
