using DioVerify.Engine.RuleFiles;

namespace DioVerify.Bench;

/// <summary>
/// The bench's planted fault: Morton's rule, except that from k BIOs on a failed BIO is ignored and <c>cut - off</c>
/// reported, so P1 first fails at exactly k BIOs; a rule file's text, run as users' rules are.
/// </summary>
public static class PlantedFault
{
    public static RulePolicy From(int k) => RulePolicy.Parse($"bench/fault-from-{k}-bios.rule", $"""
        rule fault-from-{k}-bios
        description "contiguous-prefix, but from {k} BIOs on a failed BIO is ignored and cut - off reported"
        violates P1 "a failed BIO inside the reported span is claimed as written"
        violates P3 "reported past the first failure"
        violates P4 "the size grows over the failed BIO"
        let faulty = cut - off > ({k} - 1) * M
        let prefix = if faulty then cut - off else P
        return if prefix > 0 then prefix else if anyFailed && lowestFailedStart == off then EIO else ENOSPC
        """);
}
